export async function buildHub(_root: string, _out: string): Promise<void> {}
