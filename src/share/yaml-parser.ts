// The YAML parser in a chunk of its own, named for what it is; answers-yaml.ts loads it with the first YAML file.
export { parseDocument } from 'yaml';
