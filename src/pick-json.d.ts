// Parts of a JSON file, picked at build time (scripts/vite/pick-json.ts). The
// importer states the type it expects; tests compare the part with the file.
declare module 'pick:*' {
  const part: unknown;
  export default part;
}
