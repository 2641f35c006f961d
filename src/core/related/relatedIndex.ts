// Related postmortems: the others whose causes say the same thing in other words. Okapi BM25 over
// the lemmas of each postmortem's cause sentences (see `causes.ts`), the query being one
// postmortem's own cause terms; each match comes with the pairs of sentences that share the most.
import type { CauseSentence } from './causes';

export interface CauseProfile {
  /** The postmortem's path (or any key unique in the index). */
  readonly key: string;
  readonly title: string | undefined;
  readonly id: string | undefined;
  readonly sentences: readonly CauseSentence[];
}

export interface SentenceMatch {
  /** A sentence of the postmortem asked about. */
  readonly ours: CauseSentence;
  /** The sentence of the related postmortem that shares the most with it. */
  readonly theirs: CauseSentence;
  /** The terms both say. */
  readonly shared: readonly string[];
}

export interface RelatedPostmortem {
  readonly key: string;
  readonly title: string | undefined;
  readonly id: string | undefined;
  /** BM25 score; higher is closer. */
  readonly score: number;
  /** The best sentence pairs, best first (at most three). */
  readonly matches: readonly SentenceMatch[];
}

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** A match needs two shared terms at least, and a score this share of the postmortem's own score against itself. */
const MIN_SHARED_TERMS = 2;
const MIN_SELF_SHARE = 0.12;
const MAX_MATCHES = 3;

interface Entry {
  readonly profile: CauseProfile;
  readonly length: number;
  /** Its distinct terms, to take it out of the postings. */
  readonly terms: readonly string[];
}

export class CauseIndex {
  /** By entry index; a removed postmortem leaves a hole, so that the postings' indexes stay valid. */
  private readonly entries: (Entry | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  /** term -> [entry index, term frequency] */
  private readonly postings = new Map<string, [number, number][]>();
  private totalLength = 0;
  private count = 0;

  constructor(profiles: Iterable<CauseProfile> = []) {
    for (const profile of profiles) this.add(profile);
  }

  get size(): number {
    return this.count;
  }

  /** Adds a postmortem, in place of the one added before under its key. */
  add(profile: CauseProfile): void {
    this.remove(profile.key);
    const index = this.entries.length;
    const counts = new Map<string, number>();
    for (const sentence of profile.sentences)
      for (const term of sentence.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    let length = 0;
    for (const [term, count] of counts) {
      length += count;
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
      }
      list.push([index, count]);
    }
    this.entries.push({ profile, length, terms: [...counts.keys()] });
    this.byKey.set(profile.key, index);
    this.totalLength += length;
    this.count++;
  }

  /** Takes the postmortem added under `key` out, if there is one. */
  remove(key: string): void {
    const index = this.byKey.get(key);
    if (index === undefined) return;
    const entry = this.entries[index]!;
    for (const term of entry.terms) {
      const list = this.postings.get(term)!.filter(([other]) => other !== index);
      if (list.length > 0) this.postings.set(term, list);
      else this.postings.delete(term);
    }
    this.entries[index] = undefined;
    this.byKey.delete(key);
    this.totalLength -= entry.length;
    this.count--;
  }

  private idf(term: string): number {
    const n = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.count - n + 0.5) / (n + 0.5));
  }

  private weight(frequency: number, length: number): number {
    const average = this.totalLength / Math.max(1, this.count);
    return (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / Math.max(1, average)));
  }

  /** The postmortems whose causes are closest to `profile`'s (itself left out), best first. */
  related(profile: CauseProfile, limit = 5): RelatedPostmortem[] {
    const queryTerms = new Set(profile.sentences.flatMap((sentence) => sentence.terms));
    if (queryTerms.size === 0) return [];
    const scores = new Map<number, { score: number; shared: number }>();
    let selfScore = 0;
    const ownLength = profile.sentences.reduce((total, sentence) => total + sentence.terms.length, 0);
    const ownCounts = new Map<string, number>();
    for (const sentence of profile.sentences)
      for (const term of sentence.terms) ownCounts.set(term, (ownCounts.get(term) ?? 0) + 1);
    const self = this.byKey.get(profile.key);
    for (const term of queryTerms) {
      const idf = this.idf(term);
      selfScore += idf * this.weight(ownCounts.get(term)!, ownLength);
      for (const [index, frequency] of this.postings.get(term) ?? []) {
        if (index === self) continue;
        const entry = this.entries[index]!;
        const found = scores.get(index) ?? { score: 0, shared: 0 };
        found.score += idf * this.weight(frequency, entry.length);
        found.shared++;
        scores.set(index, found);
      }
    }
    return [...scores]
      .filter(([, found]) => found.shared >= MIN_SHARED_TERMS && found.score >= selfScore * MIN_SELF_SHARE)
      .sort(
        ([a, x], [b, y]) =>
          y.score - x.score || compareKeys(this.entries[a]!.profile.key, this.entries[b]!.profile.key),
      )
      .slice(0, limit)
      .map(([index, found]) => {
        const other = this.entries[index]!.profile;
        return {
          key: other.key,
          title: other.title,
          id: other.id,
          score: found.score,
          matches: this.sentenceMatches(profile, other),
        };
      });
  }

  /** The related postmortems of a postmortem in the index, by its key. */
  relatedTo(key: string, limit = 5): RelatedPostmortem[] {
    const index = this.byKey.get(key);
    return index === undefined ? [] : this.related(this.entries[index]!.profile, limit);
  }

  /**
   * For each of our sentences, their sentence sharing the most weight with it; the best pairs, each of their sentences
   * once.
   */
  private sentenceMatches(ours: CauseProfile, theirs: CauseProfile): SentenceMatch[] {
    const pairs: (SentenceMatch & { weight: number })[] = [];
    for (const mine of ours.sentences) {
      const mineTerms = new Set(mine.terms);
      let best: (SentenceMatch & { weight: number }) | undefined;
      for (const their of theirs.sentences) {
        const shared = [...new Set(their.terms)].filter((term) => mineTerms.has(term));
        const weight = shared.reduce((total, term) => total + this.idf(term), 0);
        if (shared.length > 0 && (!best || weight > best.weight)) best = { ours: mine, theirs: their, shared, weight };
      }
      if (best) pairs.push(best);
    }
    const used = new Set<CauseSentence>();
    return pairs
      .sort((a, b) => b.weight - a.weight)
      .filter((pair) => !used.has(pair.theirs) && used.add(pair.theirs))
      .slice(0, MAX_MATCHES)
      .map(({ ours: mine, theirs: their, shared }) => ({ ours: mine, theirs: their, shared }));
  }
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
