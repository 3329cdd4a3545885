/** The part of wink-naive-bayes-text-classifier 2.2.1 (MIT, CommonJS, no types of its own) the side model uses. */
declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayesTextClassifier {
    defineConfig(config: { readonly considerOnlyPresence?: boolean; readonly smoothingFactor?: number }): boolean;
    learn(tokens: string[], label: string): boolean;
    consolidate(): boolean;
    /** [label, log2 odds] pairs, best first; [["unknown", 0]] when no token was seen in training. */
    computeOdds(tokens: string[]): [string, number][];
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
  export = naiveBayesTextClassifier;
}
