import type { Locale } from '../engine';
import { COMMAND_NAME } from './help';

/** Everything `advise import` says on standard error besides the import's own sentences, in one language. */
export interface ImportCliMessages {
  readonly usage: string;
  readonly needsValue: (flag: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly noSources: string;
  readonly stdinTwice: string;
  readonly replaceNeedsInto: string;
  readonly badPlace: (given: string) => string;
  readonly standardInput: string;
  readonly notText: (name: string) => string;
  readonly answersGivenAsSource: (name: string) => string;
  /** The --into file, named in the advise command's messages about it. */
  readonly intoName: (name: string) => string;
  readonly noSuchUnplaced: (name: string, names: readonly string[]) => string;
  readonly unknownPlaceRegion: (name: string, region: string) => string;
  readonly ambiguousPlaceRegion: (name: string, region: string, candidates: readonly string[]) => string;
  readonly cannotImport: string;
  readonly read: string;
  readonly totals: (clusters: number, regions: number) => string;
  readonly merged: (into: string, added: number, changed: number, removed: number) => string;
  readonly unplacedHeading: (count: number) => string;
  readonly unplacedHowTo: string;
  readonly leftOutHeading: (count: number) => string;
  /** A cluster without a region: its name, source and why. */
  readonly unplacedLine: (name: string, source: string, why: string) => string;
}

const flags =
  '[--into answers.json [--replace]] [--place "CLUSTER=REGION"]... [--leave-out-unplaced] [--lang en|zh-CN]';

const en: ImportCliMessages = {
  usage: `usage: ${COMMAND_NAME} import <file | -> [file...] ${flags}\n(--help tells more)`,
  needsValue: (flag) => `${flag} needs a value`,
  unknownOption: (option) => `unknown option ${option}`,
  noSources: 'no cluster list given: name the files to import (JSON a CLI printed, or a CSV), or - for standard input',
  stdinTwice: 'standard input (-) can be read once: give it as one source or as --into, not both',
  replaceNeedsInto: '--replace replaces the regions of the answers given with --into: give --into too',
  badPlace: (given) =>
    `--place takes "CLUSTER=REGION", such as --place "store-lyon=store-lyon" or --place "*=aws:eu-west-1" (got "${given}")`,
  standardInput: 'standard input',
  notText: (name) => `${name} is not a text file (it holds binary data): the import reads JSON or CSV text`,
  intoName: (name) => `${name} (--into)`,
  answersGivenAsSource: (name) =>
    `${name} is an answers document, not a cluster list: give it with --into to merge the import into it`,
  noSuchUnplaced: (name, names) =>
    names.length === 0
      ? `--place "${name}=…": every cluster already has a region`
      : `--place "${name}=…": no cluster without a region is called "${name}"; those are: ${names.join(', ')}`,
  unknownPlaceRegion: (name, region) =>
    `--place "${name}=${region}": "${region}" is neither a catalog region (such as aws:eu-west-1) nor a site of a CSV or of the --into answers`,
  ambiguousPlaceRegion: (name, region, candidates) =>
    `--place "${name}=${region}": "${region}" is a region code of more than one cloud (${candidates.join(', ')}): write the catalog id`,
  cannotImport: 'nothing imported:',
  read: 'Read:',
  totals: (clusters, regions) =>
    `${clusters} ${clusters === 1 ? 'cluster' : 'clusters'} in ${regions} ${regions === 1 ? 'region' : 'regions'}`,
  merged: (into, added, changed, removed) => `into ${into}: ${added} added, ${changed} changed, ${removed} removed`,
  unplacedHeading: (count) =>
    `${count} ${count === 1 ? 'cluster has' : 'clusters have'} no region, so the answers would leave ${count === 1 ? 'it' : 'them'} out:`,
  unplacedHowTo:
    'Place each with --place "CLUSTER=REGION" (REGION: a catalog id such as aws:eu-west-1, or a site of a CSV or of --into), all of them with --place "*=REGION", or leave them out with --leave-out-unplaced.',
  leftOutHeading: (count) => `Left out (--leave-out-unplaced), ${count} without a region:`,
  unplacedLine: (name, source, why) => `  ${name} (${source}): ${why}`,
};

const zh: ImportCliMessages = {
  usage: en.usage,
  needsValue: (flag) => `${flag} 需要一个值`,
  unknownOption: (option) => `未知选项 ${option}`,
  noSources: '没有给出集群列表：请写出要导入的文件（命令行工具输出的 JSON，或 CSV），或用 - 表示标准输入',
  stdinTwice: '标准输入（-）只能读取一次：请把它作为一个来源或作为 --into，不能两者都用',
  replaceNeedsInto: '--replace 会替换 --into 所给答案中的区域：请同时给出 --into',
  badPlace: (given) =>
    `--place 的格式是 "集群=区域"，例如 --place "store-lyon=store-lyon" 或 --place "*=aws:eu-west-1"（收到的是“${given}”）`,
  standardInput: '标准输入',
  notText: (name) => `${name} 不是文本文件（其中是二进制数据）：导入只读取 JSON 或 CSV 文本`,
  intoName: (name) => `${name}（--into）`,
  answersGivenAsSource: (name) => `${name} 是答案文档，不是集群列表：请用 --into 给出它，把导入内容合并进去`,
  noSuchUnplaced: (name, names) =>
    names.length === 0
      ? `--place "${name}=…"：所有集群都已有所属区域`
      : `--place "${name}=…"：没有名为“${name}”且尚无区域的集群；尚无区域的集群有：${names.join('、')}`,
  unknownPlaceRegion: (name, region) =>
    `--place "${name}=${region}"：“${region}”既不是目录中的区域（例如 aws:eu-west-1），也不是 CSV 或 --into 答案中的站点`,
  ambiguousPlaceRegion: (name, region, candidates) =>
    `--place "${name}=${region}"：“${region}”是多个云的区域代码（${candidates.join('、')}）：请写出目录 ID`,
  cannotImport: '未导入任何内容：',
  read: '已读取：',
  totals: (clusters, regions) => `${regions} 个区域中的 ${clusters} 个集群`,
  merged: (into, added, changed, removed) => `合并到 ${into}：新增 ${added} 个，更改 ${changed} 个，移除 ${removed} 个`,
  unplacedHeading: (count) => `有 ${count} 个集群没有所属区域，答案将不包含它们：`,
  unplacedHowTo:
    '请用 --place "集群=区域" 逐个放置（区域：目录 ID，例如 aws:eu-west-1，或 CSV 或 --into 中的站点），用 --place "*=区域" 全部放置，或用 --leave-out-unplaced 不计入它们。',
  leftOutHeading: (count) => `不计入（--leave-out-unplaced）的无区域集群共 ${count} 个：`,
  unplacedLine: (name, source, why) => `  ${name}（${source}）：${why}`,
};

export const IMPORT_CLI_MESSAGES: Readonly<Record<Locale, ImportCliMessages>> = { en, 'zh-CN': zh };

/** `import --help`: what the import reads, every option, the exit codes, an example (docs/import.md has the rest). */
export const IMPORT_HELP = `${COMMAND_NAME} import: an answers document made of the cluster lists you already have.

Usage:
  ${COMMAND_NAME} import <file | -> [file...] [options]
  npm run --silent advise -- import <file | -> [file...] [options]     (in the project's repository)

Each file (or "-", standard input, once) is one list, read by its content:
  az aks list -o json
  gcloud container clusters list --format=json
  aws eks describe-cluster --name NAME --output json    (several documents, or an array; describe-nodegroup adds nodes)
  kubectl get clusters.management.cattle.io -o json     (on Rancher's local cluster)
  a CSV of region,clusters[,nodes][,kind][,name,lat,lon] rows (a header row may name the columns)
The answers document (JSON) goes to standard output; what was read, and what was left out, to standard error.

Options:
  --into FILE                 merge into this answers document (JSON or YAML); every other answer is kept
  --replace                   with --into: the imported regions replace its regions
  --place "CLUSTER=REGION"    place a cluster no list places: REGION is a catalog id (aws:eu-west-1), a cloud's
                              code when only one cloud uses it, or a site of a CSV or of --into; "*=REGION"
                              places every cluster still without one (repeat --place as needed)
  --leave-out-unplaced        leave out the clusters without a region (they are named on standard error)
  --lang en|zh-CN             the language of the messages (default en)
  -h, --help                  this text

Exit codes:
  0  done: the answers document is on standard output
  1  an unexpected failure inside the advisor (a bug: please report it)
  2  bad usage, a list that cannot be read, or clusters without a region that are neither placed nor left out:
     nothing on standard output, every problem named on standard error

Example:
  ${COMMAND_NAME} import rancher.json aks.json sites.csv --place "store-lyon=store-lyon" > answers.json \\
    && ${COMMAND_NAME} answers.json
`;
