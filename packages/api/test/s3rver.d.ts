declare module 's3rver' {
  /** The S3 API server the evidence tests run the S3 driver against (the package ships no types). */
  export default class S3rver {
    constructor(options: { port: number; address: string; silent: boolean; directory: string });
    run(): Promise<{ port: number }>;
    close(): Promise<void>;
  }
}
