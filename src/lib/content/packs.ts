// The article packs the app serves, parsed once at start-up so a bad pack fails loudly.
import { parseArticlePack, type ArticlePack } from './schema';
import { councilCycleLane } from './packs/council-cycle-lane';
import { russellBottasImola } from './packs/russell-bottas-imola';

export const packs: ReadonlyMap<string, ArticlePack> = new Map(
	[russellBottasImola, councilCycleLane].map(parseArticlePack).map((pack) => [pack.id, pack])
);

export const defaultPack: ArticlePack = packs.get('russell-bottas-imola')!;
