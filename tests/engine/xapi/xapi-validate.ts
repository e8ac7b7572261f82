import xapiValidation from 'xapi-validation';

type Validate = (data: unknown) => { message?: string; path?: unknown }[];
// A CommonJS module: its default export arrives either as the function or wrapped once more.
const validate: Validate = (typeof xapiValidation === 'function' ? xapiValidation : (xapiValidation as { default: Validate }).default) as Validate;

/** xapi-validation's warnings for a statement, as readable strings; empty when it is valid xAPI. */
export function xapiWarnings(statement: unknown): string[] {
  return validate(JSON.parse(JSON.stringify(statement))).map((w) => JSON.stringify(w));
}
