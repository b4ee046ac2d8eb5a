export interface BenchArgs {
  sizes: number[];
  runs: number;
  site: boolean;
  /** Largest corpus the site is built for (default 1,000: the site of 1,000 synthetic reports has about 22,000 pages). */
  siteMax: number;
  readme: boolean;
  from: string;
  keep: boolean;
  /** Profile one-thread extraction of the largest corpus and print where the time goes. */
  profile: boolean;
  /** A sentence to add under the figures in README (e.g. what else ran on the machine). */
  note?: string;
  /** Copies of the default report for the whole-process speed against a jieba pass (0: not measured). */
  copies: number;
  /** Size in MB of one big report to extract (0: not measured). */
  big: number;
  /** Reports of a corpus made of real reports, numbers varied per copy, extracted and built into a site (0: not measured). */
  real: number;
  /** Folders of the real reports it is made from. */
  realFrom: string[];
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    sizes: [10, 100, 1000],
    runs: 3,
    site: true,
    siteMax: 1000,
    readme: false,
    from: 'data/reports',
    keep: false,
    profile: false,
    copies: 40,
    big: 0,
    real: 0,
    realFrom: ['data/reports'],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') {
      args.sizes = value().split(',').map(Number);
      if (args.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers, e.g. 10,100');
    } else if (a === '--runs') {
      args.runs = Number(value());
      if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs takes a whole number');
    } else if (a === '--no-site') args.site = false;
    else if (a === '--site-max') {
      args.siteMax = Number(value());
      if (!Number.isInteger(args.siteMax) || args.siteMax < 0) throw new Error('--site-max takes a whole number');
    } else if (a === '--readme') args.readme = true;
    else if (a === '--keep') args.keep = true;
    else if (a === '--profile') args.profile = true;
    else if (a === '--note') args.note = value();
    else if (a === '--copies') {
      args.copies = Number(value());
      if (!Number.isInteger(args.copies) || args.copies < 0) throw new Error('--copies takes a whole number (0: skip)');
    } else if (a === '--big') {
      args.big = Number(value());
      if (!(args.big > 0 && args.big < 50)) throw new Error('--big takes a size in MB below the 50 MB limit, e.g. 49');
    } else if (a === '--real') {
      args.real = Number(value());
      if (!Number.isInteger(args.real) || args.real < 1) throw new Error('--real takes a whole number of reports, e.g. 300');
    } else if (a === '--real-from') args.realFrom = value().split(',').filter(Boolean);
    else if (a === '--from') args.from = value();
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}
