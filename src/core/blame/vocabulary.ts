// The words the blame detectors reason with besides people and grammar (see src/core/language).
export { words } from '../language/vocabulary/grammar';
import { words } from '../language/vocabulary/grammar';

/** Nouns that make "user error" something measured rather than a cause: `user error rate`. */
export const MEASURE_NOUNS = words(`
  rate rates budget budgets count counts message messages code codes handling log logs page pages
  ratio ratios metric metrics percentage spike spikes report reports reporting tracking dialog
  dialogs screen screens state states class classes type types response responses path paths
  boundary boundaries case cases field fields banner banners
`);

/** Words before "human error" that make it a risk to reduce, not a cause: `reduce the chance of human error`. */
export const RISK_WORDS = words(`
  room chance chances risk risks likelihood possibility possibilities potential probability
  opportunity opportunities prone susceptible vulnerable reduce reduces reduced reducing minimize
  minimizes minimized minimizing minimise minimises minimised minimising prevent prevents prevented
  preventing avoid avoids avoiding eliminate eliminates eliminating mitigate mitigates mitigating
  lessen lower lowers fewer less against catch catches catching detect detects handle handles
  tolerate tolerates guard guards protect protects surface surfaces
`);

/** Words before "human error" that deny it: `this was not human error`. */
export const NEGATORS = words(`
  not never no isn't wasn't aren't weren't don't doesn't didn't rather instead than nor without unlike
  beyond
`);

/** Words that mark a sentence as stating a cause. */
export const CAUSAL_WORDS = words(`
  cause caused causes causing because due result resulted resulting led trigger triggered triggering
  attributed attributable owing stemmed stemming culprit
`);
