/**
 * One server process of bench/pglite-footprint.ts: what `pontis serve` does (startServer), plus
 * an IPC channel on which the benchmark asks for process.memoryUsage() and the sizes of the
 * WebAssembly memories (PGlite's, and initdb's on a new data directory), then stops it.
 * Settings come from the environment as for the real server (PONTIS_DATA_DIR, PORT,
 * PONTIS_PGLITE_PROFILE).
 */
// Counted here rather than guessed: every WebAssembly.Memory this process creates, held weakly
// so that the count does not keep a closed instance's memory (initdb's) alive.
export {};

const memories: WeakRef<WebAssembly.Memory>[] = [];
const NativeMemory = WebAssembly.Memory;
globalThis.WebAssembly.Memory = function Memory(descriptor: WebAssembly.MemoryDescriptor) {
  const memory = new NativeMemory(descriptor);
  memories.push(new WeakRef(memory));
  return memory;
} as unknown as typeof WebAssembly.Memory;

const { loadConfig } = await import('../src/config.ts');
const { startServer } = await import('../src/server/start-server.ts');

const config = loadConfig(process.env);
const server = await startServer(config, { demo: config.demo === 'auto', logger: false });
process.send?.({ ready: true, url: server.url });
process.on('message', (message: string) => {
  if (message === 'memory') {
    const m = process.memoryUsage();
    process.send?.({ ...m, wasmMemories: memories.map((x) => x.deref()?.buffer.byteLength ?? 0) });
  } else if (message === 'stop') {
    void server.stop().then(() => process.exit(0));
  }
});
