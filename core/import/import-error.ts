export class ImportError extends Error { constructor(message: string, readonly detail: string) { super(message); this.name = 'ImportError'; } }
