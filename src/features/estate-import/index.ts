export { type AppliedImport, EstateImport, type EstateImportProps } from './estate-import';
