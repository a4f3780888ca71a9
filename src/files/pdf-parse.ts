// pdf-parse, loaded on first use and without its side effects on the process. It runs pdfjs-dist's legacy build,
// whose core-js polyfills replace built-ins Node already has with JavaScript versions when the module loads:
// Array.prototype.push and JSON.parse among them. Loaded at start-up (as it was), every push and every JSON.parse
// of every request then ran through a polyfill: a tenth of a submission's CPU. The built-ins Node has are put back
// right after the import; what Node 20 lacks (Promise.withResolvers, Uint8Array.prototype.toHex, …) stays added.
type PdfParse = typeof import('pdf-parse');

/** The objects whose own properties the polyfills may replace. */
const HOSTS: readonly object[] = [
  globalThis,
  Object,
  Array,
  Array.prototype,
  Promise,
  Promise.prototype,
  JSON,
  Math,
  String.prototype,
  Map,
  Set.prototype,
  ArrayBuffer.prototype,
  Uint8Array,
  Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
];

let loading: Promise<PdfParse> | undefined;

export function loadPdfParse(): Promise<PdfParse> {
  loading ??= (async () => {
    const saved = HOSTS.map((host) => ({ host, own: Object.getOwnPropertyDescriptors(host) }));
    try {
      return await import('pdf-parse');
    } finally {
      for (const { host, own } of saved)
        for (const key of Reflect.ownKeys(own)) {
          const was = own[key as keyof typeof own]!;
          const now = Object.getOwnPropertyDescriptor(host, key);
          if (now && (now.value !== was.value || now.get !== was.get) && now.configurable)
            Object.defineProperty(host, key, was);
        }
    }
  })();
  return loading;
}
