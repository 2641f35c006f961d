// The model's internal loaders, which the package publishes without types (see src/core/language/winkModel.ts).
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: (...args: never[]) => unknown;
  export default part;
}
