// Nothing to set up: this app is only a ceiling to measure against.
export function register() {}
