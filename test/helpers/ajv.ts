import AjvModule from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';

// Both packages are CommonJS with a `default` property; TypeScript (NodeNext) and the ESM loader disagree on which
// object a default import is, so take the class from wherever it is.
type Constructor<T> = T extends { default: infer C } ? C : T;
const unwrap = <T>(module: T): Constructor<T> => ((module as { default?: unknown }).default ?? module) as Constructor<T>;

export const Ajv = unwrap(AjvModule);
export const AjvDraft04 = unwrap(AjvDraft04Module);
