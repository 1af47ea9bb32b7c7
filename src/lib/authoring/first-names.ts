// Common English-language first names that almost always name one gender, so that "he said" after
// "Maya Brooks met Tom Reilly" finds Tom Reilly. Written for this project (no name data set is
// downloaded or shipped): a few hundred given names frequent in English-language news, leaving out
// those borne by many women and many men alike (Alex, Chris, Jordan, Kelly, Pat, Robin, Sam, Taylor…).
// A title ("Ms", "Sir") or a pronoun in the text outranks it.

const list = (text: string) => new Set(text.trim().split(/\s+/u));

export const FEMALE_FIRST_NAMES = list(`
abigail ada adriana agnes aisha alexandra alexandria alice alicia alison allison alyssa amanda amber
amelia amy ana andrea angela angelina anita ann anna anne annette antonia april arlene ashley audrey
barbara beatrice becky bernadette beth betsy betty beverly bonnie brenda brianna bridget brittany
camila candace carla carly carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea
cheryl christina christine cindy claire clara claudia colleen connie cynthia daisy danielle
darlene dawn debbie deborah debra denise diana diane dolores donna doris dorothy edith eileen elaine
eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva evelyn fatima felicia
fiona florence frances gabrielle gail geraldine gina gloria grace gretchen gwen hannah harriet heather
heidi helen hillary holly ida ilhan irene iris isabel isabella jacqueline jane janet janice jasmine
jeanne jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce judith judy
julia julie juliet june karen karin katherine kathleen kathryn kathy katie kayla kimberly kirsten
kristen kristin laura lauren leah linda lisa lois loretta lori lorraine louise lucia lucy lydia
madeleine madison malala margaret maria marianne marie marilyn marjorie marsha martha
mary maureen maxine maya megan meghan melania melanie melinda melissa meredith michelle mildred miriam
molly monica nancy naomi natalie natasha nicole nikki nina nora norma olivia pamela patricia paula
pauline peggy penelope phyllis priscilla rachel rebecca regina renee rita roberta rosa rosalind rose
rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shirley sofia sonia sophia
sophie stacey stephanie sue susan suzanne sylvia tamara tammy tanya teresa theresa tiffany tina
ursula valerie vanessa veronica victoria virginia vivian wanda wendy whitney yolanda yvonne zoe
`);

export const MALE_FIRST_NAMES = list(`
aaron abraham adam adrian ahmed alan albert alec alexander alfred allen alvin andre andrew andy
angus anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby
boris brad bradley brandon brendan brent brett brian bruce bryan calvin carl carlos charles charlie
chuck clarence claude clifford clint colin craig curtis dale dan daniel darrell darren dave david
dean dennis derek dick don donald doug douglas duncan dwight earl ed eddie edgar edward elijah elliot
emmanuel eric ernest eugene evan felix fernando francis frank franklin fred frederick gabriel gareth
gary gavin gene geoffrey george gerald gilbert glenn gordon graham grant greg gregory gus hank harold
harry harvey hassan hector henry herbert howard hugh hugo ian isaac ivan jack jacob jake james jared
jason jeb jeff jeffrey jeremy jerome jerry jim jimmy joe joel john johnny jon jonathan jorge jose
joseph josh joshua juan julian justin keith ken kenneth kevin kurt kyle lance larry lawrence
leonard leroy lewis lloyd louis luis luke lyndon malcolm marco marcus mario mark martin
marvin matt matthew maurice max michael miguel mike mitch mitchell mohammed muhammad nathan neil
nicholas nick nigel noah norman oliver omar oscar otto patrick paul pedro perry peter phil philip
phillip ralph randall randy raymond reince reggie richard rick rob robert roberto rod rodney roger
roland ron ronald roy rudy russell ryan samuel scott sean sergei seth shane sherrod simon stanley
stephen steve steven stuart ted terrence thomas tim timothy todd tom tony travis trevor troy tyler
vernon victor vincent vladimir wade walter warren wayne wesley william willie xavier zachary
`);

/** The gender a first name almost always has, or undefined when it is rare or shared. */
export function firstNameGender(name: string): 'f' | 'm' | undefined {
	const key = name.toLowerCase();
	if (FEMALE_FIRST_NAMES.has(key)) return 'f';
	if (MALE_FIRST_NAMES.has(key)) return 'm';
	return undefined;
}
