// The type definitions of this app, by section (scripts/typegen.sh reads this file).
export { default as infera } from './infera/definitions';
