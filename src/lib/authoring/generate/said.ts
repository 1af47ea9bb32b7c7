// Claims about what someone said, in substance: the first clause of a first-person quote told in the
// third person ("We have been patient for two years" → "Morag Henderson said they have been patient
// for two years"), so that the claim is reworded, not copied. A false one names another speaker of
// the same kind who speaks in the article, in that speaker's own pronouns.
import type { Article, Entity } from '../suggest/article';
import type { GeneratedClaim, SuggestedStatement, Suggestions } from '../suggest/types';
import {
	besideSure,
	claim,
	longestSharedRun,
	MOST_COPIED,
	quoteSentences,
	writtenCase,
	type Fact
} from './claim';
import { doctor } from './doctored';
import { rewordings } from './reword';
import { toThirdPerson, type Gender } from './third-person';
import { firstNameGender } from '../first-names';
import { capitalise, isDemonym } from '../names';

export interface SaidFact {
	statement: SuggestedStatement;
	/** The quote's sentences, with the one naming its speaker when they do not. */
	evidence: string[];
	/** The quote's clause, as the article gives it. */
	clause: string;
	/** Whether the quote's speaker is sure, not only taken from the sure line beside it. */
	sure: boolean;
	speaker: { id: string; label: string; kind: Entity['kind']; gender: Gender | null };
}

/** Openings that make a clause depend on another ("If we pay…"): its first clause alone is not what was said. */
const DEPENDENT =
	/^(?:if|when|whenever|unless|although|though|because|while|as|after|before|once|until|since|and|but|or|so|yet|then|well|yes|no|oh|look|now|even|only|whether)\b/iu;
const SUBJECT =
	/^(?:I|I['\u2019](?:m|ve|d|ll)|we|we['\u2019](?:re|ve|ll|d)|it|it['\u2019]s|this|that|there|they|he|she|his|her|its|their|the|a|an|our|my|nobody|no one|everyone|people)\b/iu;
/** Quantifiers opening a report: its subject is no plain noun. */
const QUANTIFIER =
	/^(?:every|each|all|most|many|some|few|several|any|no|none|both|either|neither|more|less|much)\b/u;
/** Words that open no noun: "said about 20 people…", "said only…". */
const NO_NOUN =
	/^(?:about|around|over|under|nearly|almost|roughly|only|just|also|then|now|here|even|still|into|with|without|for|from|after|before|since|until|during|while|because|although|though|whether|unless|than|very|too|not|never|perhaps|maybe|probably|already|again|later|soon)\b/u;
/** A name opening the clause: in capitals, as written ("accepted that…" is a verb, not a name). */
const NAMED_SUBJECT = /^\p{Lu}\p{Ll}+\b/u;
/** Capitalised words that open a phrase, not a subject: "Under the establishment's leadership we…". */
const NOT_SUBJECTS =
	/^(?:Under|In|On|At|For|With|By|From|After|Before|During|Without|Despite|Over|Since|Through|To|As|Like|Of|About|Here|There's|Why|What|How|Who|Where|Please|Thank|Thanks|Let|Let's|Maybe|Perhaps|Sometimes|Today|Tonight|Yesterday|Tomorrow|Last|Next|Every|All|Some|Any|Most|Many|Never|Always|Not|Just|Also|Still|Of)\b/u;
/**
 * A report's verb, and what stands between it and the words reported: "said", "said that", "said in
 * a statement that", "told reporters on Monday that".
 */
const SPEECH_VERB =
	/^(?:(?:said|says|added|adds|argued|argues|insisted|insists|warned|warns|explained|noted|claimed|stated|believes|believed|thinks|thought|told|accepted|acknowledged|admitted|conceded|agreed|confirmed|stressed|announced|revealed|wrote|remarked|speculated|predicted|estimated|maintained|contended|asserted|declared|emphasized|emphasised|reiterated|recalled|testified|observed|complained|cautioned)\s+(?:(?:[^\s,.;:]+\s+){0,5}?that\s+)?)/iu;
const QUESTION =
	/^(?:is|are|was|were|do|does|did|can|could|will|would|should|have|has|had|isn't|aren't|wasn't|don't|doesn't|didn't)\b/iu;
/**
 * Where a clause ends: punctuation, or a conjunction that opens another clause ("… and I have to take
 * responsibility": the first of two joined clauses is said whole; a figure's comma, "1,500", is none). A bare "and" or "or" joins words
 * as often as clauses ("apples and oranges"): a clause holding one is not cut there, and is refused
 * instead (cutting it would say something else).
 */
const CUT =
	/\s(?:and|but)\s+that\s|,(?!(?<=\d,)\d{3}(?!\d))|[;:\u2013\u2014()]|\s-{1,2}\s|--|\s(?:but|because|if|unless|when|while|although|though|since|after|before|until)\s|\sso\s(?=(?:I|we|he|she|they|it|you|there|that|the|this)\s)|\s(?:and|or)\s(?=(?:I|I['\u2019]\w+|we|he|she|they|it|it['\u2019]s|will|would|can|could|should|must|have|has|had)\s)|(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Prof|Rev|\p{Lu}))[.!?](?:\s|$)/u;
const PRONOUN_SUBJECT = /^(?:I|we|he|she|they|it|you)\b/iu;
/**
 * A verb no plural noun looks like ("inversions" could be one in "-s"), nor a name's possessive, nor
 * a past in "-ed", which may end a noun's own clause ("recalled the day the plant closed").
 */
const AUXILIARY =
	/\b(?:is|are|am|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|cannot|\p{L}+n['\u2019]t)\b|\b(?:it|he|she|that|there|what|who|here|where|everyone|nobody|this)['\u2019]s\b|['\u2019](?:re|ve|ll|d|m)\b/iu;
/** Those, or a past in "-ed". */
const SURE_VERB = new RegExp(`${AUXILIARY.source}|\\b\\p{Ll}{3,}ed\\b`, 'iu');
/** A verb we can see: those, or a word in "-es" or "-s" ("the company owns 40 stores"). */
const FINITE = new RegExp(
	`${SURE_VERB.source}|\\b\\p{Ll}{3,}es\\b|\\b\\p{Ll}{3,}[^s\\W]s\\b`,
	'iu'
);
/** A word after its determiner is a noun, not a verb: "the attacks", "our votes". */
const AFTER_DETERMINER = /\b(?:the|a|an|our|their|his|her|its|my|your|these|those)\s+\p{L}+/giu;
/**
 * A name's "'s" is "is" before an article or a participle ("Riley's a tough kid"); before a noun it
 * is a possessive ("Mr. Trump's criticism"), no verb.
 */
const NAME_IS =
	/\b\p{Lu}\p{Ll}+['\u2019]s\s+(?:a|an|the|not|never|been|got|going|gone|done|always|just|also|still|very|so|too|really|back|right|wrong|\p{Ll}+ing)\b/u;
/** Whether the words have a verb we can see, the nouns after determiners aside. */
const hasVerb = (words: string) =>
	NAME_IS.test(words) || FINITE.test(words.replace(AFTER_DETERMINER, ' '));
const VAGUE_SUBJECT = /^(?:it|it['\u2019]s|this|that|that['\u2019]s|these|those|they|there)\b/iu;
const JOINED = /\s(?:and|or|nor)\s/u;
/**
 * Quote marks and brackets inside the clause: a quote within the quote, or words the writer put in.
 * A plural's apostrophe ("Americans’ right") is none.
 */
const NESTED = /["\u201c\u201d\u2018[\]]|(?<=\s)['\u2019]|(?<!s)['\u2019](?=\s|$)/u;
/** A last word that needs more after it. */
const LEADS_ON =
	/\s(?:as|a|an|the|to|of|for|in|on|at|by|with|from|than|so|such|that|and|or|but|if|who|which|whose|when|where|while|like|into|onto|our|my|your|their|its|his|thought|think|thinks|believed|believe|believes|knew|hoped|felt|said|says|saying|telling|asking)$/iu;
/**
 * A copula or a modal that ends a clause cut before a colon or at an ellipsis: what it leads to was
 * cut off ("The big question about Rubio is: …", "we should …"). Elsewhere it stands for words said
 * before ("I'm not sure the photographs will").
 */
const CUT_AFTER =
	/\s(?:is|are|was|were|be|been|being|will|would|should|could|can|must|might|may|shall)$/iu;
/**
 * Report verbs that also take a noun ("acknowledged the agency's limitation"): without "that", the
 * words after them are a clause only with a pronoun subject or a verb no plural noun looks like.
 */
const TAKES_NOUN =
	/^(?:accepted|acknowledged|admitted|conceded|confirmed|announced|revealed|stressed|noted|claimed|wrote|remarked|predicted|estimated|maintained|declared|emphasized|emphasised|reiterated|recalled|observed|complained|cautioned)\s/iu;
/** A participle or infinitive opening has no subject: "calling the protester…", "to help them". */
const NO_SUBJECT = /^(?:\p{Ll}+ing|to)\b/u;

/** The quote's first clause that stands on its own, 4 to 16 words; null when there is none. */
export function firstClause(content: string): string | null {
	const opened = content.trim().replace(/^[\s'"\u2018\u2019\u201c\u201d\u2026.]+/u, '');
	// A report's words start after its verb: "said she had lost 40 customers".
	const reported = SPEECH_VERB.exec(opened)?.[0] ?? '';
	const text = opened
		.slice(reported.length)
		// A report's own quote marks ("said Trump has “several ways” of …") only show whose words
		// they were: the words are the report's.
		.replace(reported === '' ? /(?!)/gu : /["\u201c\u201d]/gu, '')
		// "But we have been patient": a conjunction that only links to the line before says nothing.
		.replace(/^(?:but|and|yet|still)\s+(?=\S)/iu, '')
		// "Obviously we need…": a sentence adverb before a pronoun's clause; "obviously p" says p.
		.replace(/^\p{Lu}\p{Ll}+ly,?\s+(?=(?:I|we|you|he|she|it|they|this|that|there)\s)/iu, '');
	// After "said", a plain noun may be the subject ("said outages of this kind were rare"), but not
	// a quantifier whose claim would need every word ("every rider", "most riders").
	const plainSubject =
		reported !== '' && /^\p{Ll}{3,}\b/u.test(text) && !QUANTIFIER.test(text) && !NO_NOUN.test(text);
	if (
		DEPENDENT.test(text) ||
		!(SUBJECT.test(text) || NAMED_SUBJECT.test(text) || plainSubject) ||
		NOT_SUBJECTS.test(text) ||
		// "Compared to where we were", "Asked about the vote": a participle's phrase, no subject.
		/^\p{Lu}\p{Ll}+(?:ed|ing)\s+(?:to|by|that|with|on|in|at|from|about|for|the|a|an|this|his|her|their|our|my)\b/u.test(
			text
		)
	)
		return null;
	// Words in capitals are shouted, not said: a claim could not report them in the same voice; nor
	// can a headline's ("We Do Not Pay Candidates To Appear").
	if (/\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(text)) return null;
	if (/(?:\p{Lu}\p{Ll}*\s+){3}\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(text) && !/\s\p{Ll}{4,}/u.test(text))
		return null;
	const cut = CUT.exec(text);
	// "that the other party, who opposes this, is not…": a relative clause in commas; the clause's
	// verb comes after it.
	if (
		cut &&
		/^,\s*(?:who|which|whose|whom)\b/u.test(text.slice(cut.index)) &&
		/\bthat\s+(?:the|a|an|this|his|her|their|its|our)\s+(?:\S+\s+){0,2}\S+$/iu.test(
			text.slice(0, cut.index)
		)
	)
		return null;
	// A question says nothing a claim could report: "Was Valtteri in the wrong?"
	if (QUESTION.test(text) || (cut && text[cut.index] === '?')) return null;
	// "… this season and, when those points matter, sometimes you take risks": "and" before a
	// clause in commas joins the next main clause; the first is said whole.
	const joinsNext =
		cut !== null &&
		/^,\s*(?:when|whenever|if|while|as|after|before|because|though|although|since|once|unless)\b/u.test(
			text.slice(cut.index)
		);
	const raw = (cut ? text.slice(0, cut.index) : text)
		.trim()
		.replace(joinsNext ? /\s+(?:and|but)$/u : /(?!)/u, '');
	// "I just stood there …": the writer's ellipsis goes, and the words before are judged alone.
	const clause = raw.replace(/[\s.!?'"\u2019\u201d\u2026]+$/u, '');
	const cutOff = /(?:\u2026|\.\.\.)[.!?]?$/u.test(raw) || (cut !== null && text[cut.index] === ':');
	// Words left out inside the clause ("we should … well"): what was said is not all there.
	if ((cutOff && CUT_AFTER.test(clause)) || /\u2026|\.\.\./u.test(clause)) return null;
	// "Certainly in modern times": an adverb and a phrase, no subject.
	if (/^\p{Lu}\p{Ll}+ly\s+(?:in|on|at|for|with|from|by|not|to)\b/u.test(clause)) return null;
	if (complementCutOff(clause)) return null;
	// A copula with nothing after it ("I think society is.", "the beautiful thing is, …") says
	// nothing, unless it closes a question word's clause ("I know who he is").
	if (
		/\s(?:is|are|was|were)$/iu.test(clause) &&
		!/\b(?:who|what|where|how|whatever|which)\b/iu.test(clause)
	)
		return null;
	if (
		TAKES_NOUN.test(reported) &&
		!/\bthat\s+$/iu.test(reported) &&
		!PRONOUN_SUBJECT.test(clause) &&
		!AUXILIARY.test(clause.replace(AFTER_DETERMINER, ' '))
	)
		return null;
	if (JOINED.test(clause) || NESTED.test(clause) || NO_SUBJECT.test(clause)) return null;
	// "Anyone who can't name their enemy", "a very obnoxious guy who was a troublemaker": a subject
	// with its relative clause, its own verb cut off or never there.
	if (/^\S+\s+(?:who|which|that)\b/iu.test(clause)) return null;
	const relative =
		/^((?:a|an|the|this|these|those|some)\s+(?:\S+\s+){0,4}?)(?:who|which|that)\s/iu.exec(clause);
	// ("obnoxious", "serious": adjectives, not verbs in "-s".)
	if (relative && !hasVerb(relative[1]!.replace(/\b\p{L}+(?:ous|us|is|ss)\b/gu, ''))) return null;
	// "the day" cut from "the day before the shooting": a time that needs what it is before or after.
	if (
		cut &&
		/^\s(?:before|after|since|until)\s/u.test(text.slice(cut.index)) &&
		/\s(?:the|that|this)\s+(?:\p{L}+\s+)?(?:day|week|month|year|night|morning|afternoon|evening|hour|moment)$/iu.test(
			clause
		)
	)
		return null;
	// "It is against roads built as" (cut before "if"): a last word that leads on says nothing whole;
	// nor one cut at a title's full stop ("nothing wrong with Mr.").
	if (
		LEADS_ON.test(clause) ||
		// "there is no doubt that it" (cut at a dash): a subject whose verb was cut off.
		/\bthat\s+(?:it|he|she|they|we|I|you|there|this)$/iu.test(clause) ||
		/\s(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Prof|Rev|Jr|Sr)\.?$/u.test(clause)
	)
		return null;
	if (cut && !whole(clause, text.slice(cut.index))) return null;
	const n = clause.split(/\s+/u).length;
	// "It didn't pay off": a short clause about "it" or "that" says nothing without the lines before;
	// nor one about "they", "these" or "that" of any length ("They are not as ideological as I would
	// prefer"), nor a short one with "it" or "them" in it ("I sent it out").
	if (VAGUE_SUBJECT.test(clause) && n < 6) return null;
	if (
		/^(?:they|they['\u2019]\w+|these|those|that['\u2019]s|that\s+(?:is|was)|this\s+(?:is|was))\b/iu.test(
			clause
		)
	)
		return null;
	if (n < 6 && /\b(?:it|them)\b/iu.test(clause)) return null;
	// "I hope they're fake": a "they" whose plural is in the lines before.
	if (theyUnnamed(clause)) return null;
	// Nor, in a quote, one about "he" or "she": who is meant is in the lines before.
	if (reported === '' && /^(?:he|she)\b/iu.test(clause) && n < 6) return null;
	// A clause must say something of its subject: after a pronoun comes its verb; any other opening
	// ("Very hard to look past") needs a verb we can see.
	if (!PRONOUN_SUBJECT.test(clause) && !hasVerb(clause)) return null;
	if (n < 4 || n > 16) return null;
	// "said that claim smacked of hypocrisy": before a bare singular noun, "that" may be its
	// determiner; kept, the words read as the article's do either way.
	return /\bthat\s+$/iu.test(reported) &&
		plainSubject &&
		!SUBJECT.test(clause) &&
		!/^\p{Ll}+s\b/u.test(clause)
		? `that ${clause}`
		: clause;
}

/** Words in "-s" that are no plural noun. */
const NOT_PLURAL =
	/^(?:is|was|has|does|this|his|its|us|yes|thus|always|perhaps|sometimes|across|unless|whereas|besides|towards|afterwards|regardless|nevertheless|less|says|gets|goes|lets|seems|means|makes|takes|wants|needs|thinks|knows|feels|looks)$/iu;

/** Whether a clause says "they", "them" or "their" with no plural before it for it to mean. */
function theyUnnamed(clause: string): boolean {
	const at = /\b(?:they|them|their|theirs|themselves)\b/iu.exec(clause);
	if (!at) return false;
	return !clause
		.slice(0, at.index)
		.split(/\s+/u)
		.some(
			(w) =>
				(/^\p{L}{2,}[^s\W]s$/u.test(w) && !NOT_PLURAL.test(w)) ||
				/^(?:people|police|staff|everyone|children|men|women|folks|public|government|team|family|families)$/iu.test(
					w
				)
		);
}

/** A verb of telling and whom it told, closing a clause: what was told is still to come. */
const TELLS =
	/\b(?:told|tell|tells|asked|ask|asks|warned|warn|assured|reminded|promised|informed)\s+(?:\S+\s+){0,2}\S+$/iu;
/** ", decent man": another adjective and the noun, after a comma. */
const ADJECTIVE_LIST =
	/^,\s*(?!(?:and|but|or|so|which|who|whom|whose|where|when|because|if|though|although|while|as|then|too|also|not|I|we|he|she|they|it|you|this|that)\b)\p{Ll}+\s+\p{Ll}+/u;

/**
 * Whether a clause cut before `rest` says what it says whole: not an item of a list ("Obama's actions
 * on Iran, Syria and Russia have done nothing"), a verb cut from its object by a bracket ("Irene
 * Rosenfeld reinforced (to Clinton) our commitment"), "the first president" cut from what restricts it
 * (", at least in my lifetime, who …"), nor "day after day" cut in two.
 */
function whole(clause: string, rest: string): boolean {
	if (
		/^,\s*[^\s,]+(?:\s+[^\s,]+){0,2}\s+(?:and|or)\s/u.test(rest) &&
		!SURE_VERB.test(rest.split(/\s+(?:and|or)\s/u)[0]!)
	)
		return false;
	if (/^\s*[([\u2013\u2014-]/u.test(rest) && /\p{Ll}{3,}ed$/u.test(clause)) return false;
	if (
		/^,/u.test(rest) &&
		/\bthe\s+(?:first|last|only|next|best|worst|\p{Ll}+est|most\s+\p{Ll}+)\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(
			clause
		)
	)
		return false;
	// "I told Donald Trump, this isn't a campaign": what was told comes after the comma.
	if (/^,/u.test(rest) && TELLS.test(clause)) return false;
	// "Carson was a good, decent man": an article and an adjective, its noun after the comma.
	if (/\b(?:a|an)\s+\p{Ll}+$/u.test(clause) && ADJECTIVE_LIST.test(rest)) return false;
	// "content related to extremism, in particular, was difficult": the subject's verb comes after
	// the words in commas.
	if (
		/^,[^,]{1,40},\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b/u.test(
			rest
		)
	)
		return false;
	const last = /(\p{L}+)$/u.exec(clause)?.[1]?.toLowerCase();
	return !(last && new RegExp(`^\\s(?:after|before|until|since)\\s+${last}\\b`, 'iu').test(rest));
}

/** Verbs that need what is said, thought or found after them. */
const COMPLEMENT_VERB =
	/\b(?:say|says|said|tell|tells|told|think|thinks|thought|believe|believes|believed|know|knows|knew|find|finds|found|feel|feels|felt|suggest|suggests|suggested|mean|means|meant|hope|hopes|hoped|guess|show|shows|showed|wonder|wonders|wondered|make sure|ensure|ensures)\b/giu;

/**
 * Whether what a verb of saying, thinking or finding needs was cut off: "part of my job is to say",
 * "I would say this", "that suggests to me that in the current climate", "I find sometimes in
 * conversation with other teachers", "we want to make sure".
 */
function complementCutOff(clause: string): boolean {
	const verbs = [...clause.matchAll(COMPLEMENT_VERB)];
	const verb = verbs.at(-1);
	if (!verb) return false;
	// "was found in the river", "is known as": a passive, its complement no object.
	if (
		/\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/iu.test(clause.slice(0, verb.index))
	)
		return false;
	const rest = clause
		.slice(verb.index + verb[0].length)
		.trim()
		.replace(/^to\s+(?:me|us|him|her|them|you)\b\s*/iu, '');
	// "one of the most contagious diseases we know": a relative clause whose object is the noun before.
	const relative =
		rest === '' &&
		/^(?:know|knew|knows|think|thought|believe|believed|feel|felt|found|find|mean|meant)$/iu.test(
			verb[0]
		) &&
		/\b\p{Ll}{3,}\s+(?:I|we|you|they|he|she)\s+(?:\p{Ll}+\s+)?$/u.test(clause.slice(0, verb.index));
	if (!relative && (rest === '' || /^(?:this|that|it|so)$/iu.test(rest))) return true;
	const after = /^that\s+(.*)$/iu.exec(rest)?.[1];
	if (after !== undefined) return !PRONOUN_SUBJECT.test(after) && !hasVerb(after);
	return (
		/^(?:sometimes|often|always|never|now|again|in|on|at|with|from|during|about|for)\b/iu.test(
			rest
		) &&
		// (A plural is no verb here: "in conversation with other teachers".)
		!SURE_VERB.test(rest) &&
		!/\b(?:I|we|he|she|they)\b/u.test(rest)
	);
}

/** Words under which dropping a part can turn true into false: "no change that broke anything". */
const DOWNWARD =
	/\b(?:not|no|never|nobody|nothing|none|neither|nor|few|only|without|hardly|cannot|every|all|each)\b|n['\u2019]t\b/iu;
/**
 * Where a relative or causal part starts: what comes before it is said whole. Not a condition ("if",
 * "unless": the rest is not said outright) nor a time ("after", "since": the claim would lose when).
 */
const DROPPABLE = /\s(?:that|which|who|whom|whose|where|because)\s/u;

/** Verbs whose "that" opens a complement, not a relative clause. */
const THAT_VERBS =
	/\b(?:said|say|says|saying|think|thinks|thought|know|knows|knew|believe|believes|believed|hope|hopes|hoped|mean|means|meant|told|tell|tells|show|shows|showed|claim|claims|claimed|argue|argued|feel|feels|felt|agree|agreed|admit|admitted|guess|suppose|realise|realize|realised|realized|understand|understood|sure|clear|certain|noted|warned|insisted|found|learned|decided|promised|ensure|make sure)\b/iu;

/**
 * The clause without its last restrictive or subordinate part ("We pushed a change that should
 * never have left testing" → "We pushed a change"), which the whole clause entails; null when a
 * negation or a quantifier could make the shorter words false, or too little is left.
 */
export function entailedPart(clause: string): string | null {
	const cut = DROPPABLE.exec(clause);
	if (!cut) return null;
	// "running for Congress and who worked the crowd": the first of two joined parts is said whole;
	// of two offered ("… or who …"), neither is.
	const joined = clause.slice(0, cut.index).replace(/[,;:]$/u, '');
	if (/\s(?:or|nor)$/u.test(joined)) return null;
	const part = joined.replace(/\s(?:and|but)$/u, '');
	// "I've said several times that …": after a verb of saying or thinking, "that" opens what was
	// said, which is the whole point.
	if (cut[0].trim() === 'that' && THAT_VERBS.test(part)) return null;
	// A negation in the part dropped goes with it; one in the part kept may make it false.
	if (DOWNWARD.test(part)) return null;
	const n = part.split(/\s+/u).length;
	// Something said of a subject: four words at least, and a verb after a pronoun or one we can see.
	if (n < 4 || (!PRONOUN_SUBJECT.test(part) && !hasVerb(part))) return null;
	// Not cut after a word that needs its next one: "so", "such", an article.
	if (/\s(?:a|an|the|so|such|to|of|for|in|on|at|by|with)$/iu.test(part)) return null;
	// "That's probably still something that the federal government should do": a vague head says
	// nothing without its clause.
	if (
		/\b(?:something|anything|everything|nothing|someone|anyone|everyone|one|thing|things|way|kind|sort|type|place|time|reason|person|people)$/iu.test(
			part
		)
	)
		return null;
	return part;
}

/**
 * The first word in lower case unless it is a name or "I": the words listed, and any `common` says
 * is no name ("Guns have no place" → "said guns had no place"). Null when `common` cannot tell
 * (null): "Humility is something I love" as "said Humility is …" would be a misspelling, and
 * "Europe is …" as "said europe is …" another.
 */
function asContinuation(clause: string, common: (word: string) => boolean | null): string | null {
	const listed = clause.replace(
		/^(The|A|An|It|It['\u2019]s|He|He['\u2019]s|She|She['\u2019]s|His|Her|Its|Their|This|That|These|Those|There|They|We|Our|My|People|Nobody|Everyone|Everybody|Everything|Nothing|Something|Someone|Somebody|Anything|Anyone|Anybody|Whoever|Whatever|No one|None|Each|Both|Few|Several|Instead|One|Two|Three|Four|Five)\b/u,
		(w) => w.toLowerCase()
	);
	const first = /^\p{Lu}\p{Ll}+\b/u.exec(listed)?.[0];
	if (!first) return listed;
	const lower = common(first.toLowerCase());
	if (lower === null) return null;
	return lower ? first.toLowerCase() + listed.slice(first.length) : listed;
}

/** Words written with a capital wherever they stand: titles, months and days. */
const CAPITALISED =
	/^(?:mr|mrs|ms|dr|sen|rep|gov|gen|prof|rev|st|president|senator|governor|congressman|congresswoman|secretary|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|god|christmas|easter)$/u;

/** Indefinite descriptions are no names: "A manager at the island's only supermarket". */
const DESCRIBED = /^(?:A|An|One|Some|Two|Three)\s/u;

/**
 * A one-word name of no known gender, read as a person's, may be a company ("Verizon said in a
 * statement"): whether its chief executive's words are its own, the reader cannot tell, so no
 * words are given to it or from it for a false claim.
 */
const maybeBody = (speaker: SaidFact['speaker']) =>
	speaker.kind === 'person' && speaker.gender === null && !/\s/u.test(speaker.label.trim());

/** Other speakers tried for a false claim: the nearest few are enough, and each costs a comparison. */
const MOST_TRIED = 8;
/** The most quotes read for claims, and the longest evidence a claim is compared with, in characters. */
const MOST_FACTS = 24;
const LONGEST_EVIDENCE = 1200;

/** How far back the sentence naming a quote's speaker may be. */
const NAMED_WITHIN = 4;

/** The quote's sentences, and the nearest one before them naming the speaker if they do not; null if none does. */
function namedIn(
	article: Article,
	entity: Entity | undefined,
	sentences: string[],
	label: string
): string[] | null {
	const names = label.split(/\s+/u).filter((w) => w.length > 2);
	const text = (i: number) => article.sentenceList[i]?.text ?? '';
	const first = article.sentenceList.findIndex((s) => s.id === sentences[0]);
	if (first < 0) return null;
	const own = sentences.map((id) => article.sentenceList.findIndex((s) => s.id === id));
	if (own.some((i) => names.some((n) => text(i).includes(n)))) return sentences;
	if (!entity) return null;
	for (let i = first - 1; i >= Math.max(0, first - NAMED_WITHIN); i--)
		if ((article.mentions.get(i) ?? []).some((m) => m.entity === entity && m.kind === 'name'))
			return [article.sentenceList[i]!.id, ...sentences];
	return null;
}

/**
 * Whether the writer's sentence carries on after the quote closes: "“This was an example of
 * President Obama” and his team “just quietly deciding …”" quotes a part of what was said.
 */
function carriedOn(article: Article, statement: SuggestedStatement): boolean {
	const tail = statement.content.trim().slice(-24);
	if (tail.length < 8) return false;
	return statement.sentences.some((id) => {
		const text = article.sentenceList.find((s) => s.id === id)?.text ?? '';
		const at = text.indexOf(tail);
		return (
			at >= 0 &&
			/^["\u201d'\u2019]\s+(?:and|or|but|nor|to|of|in|on|at|for|with|that|who|which|as|than|is|was|are|were|because|if)\s/u.test(
				text.slice(at + tail.length)
			)
		);
	});
}

/** Every named person or body the article quotes or reports with certainty, in its order. */
function sureSpeakers(article: Article, suggestions: Suggestions): SaidFact['speaker'][] {
	const byLabel = new Map(article.entities.map((e) => [e.label, e]));
	const ids = new Set(
		suggestions.statements
			.filter((s) => s.form !== 'writer' && s.confidence === 'sure' && s.source)
			.map((s) => s.source)
	);
	return suggestions.sources
		.filter((s) => ids.has(s.id) && s.kind !== 'writer' && !DESCRIBED.test(s.label))
		.map((source) => {
			const entity = byLabel.get(source.label);
			return {
				id: source.id,
				label: source.label,
				kind: entity?.kind ?? (source.kind === 'body' ? 'body' : 'person'),
				gender: entity?.gender === 'f' || entity?.gender === 'm' ? entity.gender : null
			};
		});
}

/** Clauses taken from one quote at most. */
const CLAUSES_PER_STATEMENT = 2;

/** Every sure quote or report of a named speaker, with its clauses. */
export function saidFacts(article: Article, suggestions: Suggestions): SaidFact[] {
	const byLabel = new Map(article.entities.map((e) => [e.label, e]));
	const facts: SaidFact[] = [];
	for (const [index, statement] of suggestions.statements.entries()) {
		// A sure line, or a quote beside a sure line of its cue (the same speaker, read the same way):
		// on PolNeAR train those were right 98% of the time, the other lines to check 86%.
		const sure = statement.confidence === 'sure';
		if (
			statement.form === 'writer' ||
			!(sure || (statement.form === 'direct' && besideSure(suggestions.statements, index))) ||
			!statement.source
		)
			continue;
		const source = suggestions.sources.find((s) => s.id === statement.source);
		if (!source || source.kind === 'writer' || DESCRIBED.test(source.label)) continue;
		const entity = byLabel.get(source.label);
		const gender = entity?.gender === 'f' || entity?.gender === 'm' ? entity.gender : null;
		const speaker = {
			id: source.id,
			label: source.label,
			kind: entity?.kind ?? (source.kind === 'body' ? 'body' : 'person'),
			gender
		};
		// The evidence names the speaker: the quote's sentences, and the sentence before that names
		// them when the quote carries on from it ("I ride a bike," said Reilly. "I want the lane.").
		const evidence = namedIn(article, entity, statement.sentences, speaker.label);
		if (!evidence) continue;
		if (statement.form === 'direct' && carriedOn(article, statement)) continue;
		// The first clause of each of its sentences, at most two: a long quote says more than one thing.
		const clauses = quoteSentences(statement.content)
			.map(firstClause)
			.filter((c): c is string => c !== null)
			.slice(0, CLAUSES_PER_STATEMENT);
		for (const clause of clauses) facts.push({ statement, clause, speaker, evidence, sure });
	}
	return facts;
}

/**
 * The claims that this speaker said the clause, in their pronouns: as told, and reworded without a
 * change of meaning (reword.ts). Empty when it cannot be told so.
 */
export function saidClaims(
	clause: string,
	speaker: SaidFact['speaker'],
	direct = true,
	common: (word: string) => boolean | null = () => false
): string[] {
	// "He's a clever player", quoted from a man, would read as said of himself. (In a report, "she
	// had lost customers" is the speaker herself, as the article tells it.)
	const third = /\b(?:he|him|his|himself)\b/iu.test(clause)
		? 'm'
		: /\b(?:she|her|hers|herself)\b/iu.test(clause)
			? 'f'
			: null;
	if (
		direct &&
		third !== null &&
		(speaker.gender === null || speaker.gender === third) &&
		speaker.kind === 'person' &&
		!/\b(?:I|I['\u2019]\w+|me|my)\b/u.test(clause)
	)
		return [];
	const told = toThirdPerson(clause, speaker.kind === 'person' ? speaker.gender : null);
	if (!told) return [];
	const continued = (t: string) => asContinuation(t, common);
	const said = rewordings(told, true, direct)
		.map(continued)
		.filter((t) => t !== null)
		.map((t) => `${speaker.label} said ${t}.`);
	// A report is told in the writer's words already: "according to" keeps its tense and breaks the
	// run "X said …" that the sentence has (not with "he" or "she", who would read as someone else).
	const according =
		direct || third !== null
			? []
			: rewordings(clause)
					.map(continued)
					.filter((t) => t !== null)
					.map((t) => `According to ${speaker.label}, ${t}.`);
	return [...said, ...according];
}

/** What someone said, in substance, refuted by naming another speaker of the same kind. */
export function saidClaimsOf(article: Article, suggestions: Suggestions): Fact[] {
	const all = saidFacts(article, suggestions);
	const speakers = sureSpeakers(article, suggestions);
	// A quiz uses a dozen claims at most: a long article's quotes are sampled evenly, not all read.
	const step = Math.max(1, all.length / MOST_FACTS);
	const list =
		all.length <= MOST_FACTS
			? all
			: Array.from({ length: MOST_FACTS }, (_, i) => all[Math.floor(i * step)]!);
	const facts: Fact[] = [];
	// A word the article writes in lower case, and never with a capital inside a sentence: no name.
	const cased = list.length > 0 ? writtenCase(article) : undefined;
	const nameWords = new Set(article.entities.flatMap((e) => e.label.toLowerCase().split(/\s+/u)));
	const common = (word: string): boolean | null => {
		if (!cased) return false;
		// A name: someone's, a title's, a month's or a people's, or one the article writes with a
		// capital inside a sentence.
		if (
			cased.capital.has(word) ||
			nameWords.has(word) ||
			CAPITALISED.test(word) ||
			isDemonym(capitalise(word)) ||
			firstNameGender(capitalise(word)) !== undefined
		)
			return false;
		// A plural the article never writes with a capital inside a sentence, and no name's word, is none
		// either: "Subpoenas aren't optional" → "said subpoenas aren't optional"; nor is a long word in
		// "-ly" or "-ing" ("Apparently the campaign…", "Closing Gitmo…").
		if (cased.lower.has(word) || /^\p{L}{3,}s$/u.test(word) || /^\p{L}{6,}(?:ly|ing)$/u.test(word))
			return true;
		return null;
	};
	for (const [i, fact] of list.entries()) {
		const sentence = fact.evidence
			.map((id) => article.sentenceList.find((s) => s.id === id)?.text ?? '')
			.join(' ');
		// Real sentences are far shorter: a "sentence" this long is no text a claim should be made from,
		// and comparing every wording with it would cost more than the whole article's reading.
		if (sentence.length > LONGEST_EVIDENCE) continue;
		const direct = fact.statement.form === 'direct';
		/** The wording that copies least, if it copies no more than the rule allows. */
		const reworded = (texts: string[]) =>
			texts
				.map((t) => ({ t, run: longestSharedRun(t, sentence) }))
				.filter((c) => c.run <= MOST_COPIED)
				.sort((a, b) => a.run - b.run)[0]?.t;
		// The whole clause, or the part of it the clause entails when the whole would copy too much.
		const part = entailedPart(fact.clause);
		const whole = reworded(saidClaims(fact.clause, fact.speaker, direct, common));
		const clause = whole || !part ? fact.clause : part;
		const text =
			clause === fact.clause ? whole : reworded(saidClaims(clause, fact.speaker, direct, common));
		if (!text) continue;
		// The nearest other speaker of the same kind, before or after; then anyone else the article
		// quotes or reports with certainty.
		const others = [
			...list
				.map((o, j) => ({ o, d: Math.abs(j - i) }))
				.filter(({ o }) => o.speaker.id !== fact.speaker.id && o.speaker.kind === fact.speaker.kind)
				.sort((a, b) => a.d - b.d),
			...speakers
				.filter((o) => o.id !== fact.speaker.id && o.kind === fact.speaker.kind)
				.map((speaker) => ({ o: { speaker } }))
		].slice(0, MOST_TRIED);
		const reason = fact.sure
			? ''
			: `The speaker is taken from the sure line next to this one (${fact.statement.reason ?? 'check it'}): make sure these are ${fact.speaker.label}'s words.`;
		let refuted: GeneratedClaim | null = null;
		// "Ana Silva said she had lost customers": given to a man, the "she" would be somebody else.
		const gendered = /\b(?:he|she|his|her|him|hers|himself|herself)\b/iu.test(fact.clause);
		for (const { o } of maybeBody(fact.speaker) ? [] : others) {
			if (gendered && o.speaker.gender !== fact.speaker.gender) continue;
			if (maybeBody(o.speaker)) continue;
			// "Donald Trump said Donald Trump does not understand…": a speaker is not given words about
			// himself, nor words whose sentence names him (it would not refute the claim).
			if (o.speaker.label.split(/\s+/u).some((w) => w.length > 2 && sentence.includes(w))) continue;
			// "According to X, …" states the report's fact, which is true: false only as "X said …".
			const wrong = reworded(
				saidClaims(clause, o.speaker, direct, common).filter((t) => !t.startsWith('According to'))
			);
			if (!wrong) continue;
			refuted = claim(
				wrong,
				'refuted',
				fact.evidence,
				`These are ${fact.speaker.label}'s words, not ${o.speaker.label}'s: "${fact.clause}".`,
				fact.sure,
				reason
			);
			break;
		}
		// The same words turned around, for a false claim when no other speaker fits: "negation alone".
		const turned = doctor(clause, 'negation');
		const negatedText = turned && reworded(saidClaims(turned.text, fact.speaker, direct, common));
		const negated = negatedText
			? claim(
					negatedText,
					'refuted',
					fact.evidence,
					`${fact.speaker.label} said the opposite: "${fact.clause}".`,
					fact.sure,
					reason
				)
			: null;
		facts.push({
			key: `said:${fact.statement.sentences.join(',')}:${fact.clause}`,
			kind: 'said',
			negated,
			supported: claim(
				text,
				'supported',
				fact.evidence,
				`The article quotes ${fact.speaker.label}: "${fact.clause}".`,
				fact.sure,
				reason
			),
			refuted
		});
	}
	return facts;
}
