/**
 * The name of the app's IndexedDB database, in a module of its own so that
 * src/boot.ts can ask whether it exists without loading the storage code.
 */
export const DB_NAME = 'jamlikhetskollen';
