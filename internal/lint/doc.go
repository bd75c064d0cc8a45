// Package lint checks job postings: biased, illegal, unpaid-range and
// incomplete ones, in French and English, before they are published.
//
// A Document is a posting's text, read from Markdown, plain text or HTML
// with every word mapped back to its line and column, plus optional Facts
// the caller knows for certain (a posting jobdesc renders). A Linter built
// from a Config runs the Rules on it and returns a Result: Findings, each
// with a rule id, a severity, a position, a message saying why (quoting
// the article where the law is the reason) and a rewording where one
// exists. A Report writes results as text, JSON, GitHub workflow commands
// or SARIF 2.1.0; FailOn turns findings into an exit decision.
//
// A ground condition the posting states with a reason the law accepts
// (a service for one sex, intimate care, a role performed, a religious
// post within a faith body, a statute, licence, medical standard or
// record check, a hygiene or safety rule, a language the job works in)
// is reported as information to check, citing the occupational-
// requirement law of the jurisdiction (occupational.go); without its
// reason it stays the warning or error of its ground.
//
// Data files, embedded:
//   - data/gender-decoder.txt: the gender-coded word stems of Gaucher,
//     Friesen and Kay (2011) as github.com/lovedaybrooke/gender-decoder
//     publishes them (MIT), with that project's false positives;
//   - data/fr-titles.tsv: French job nouns that change with gender;
//   - data/phrases.tsv: the phrases of the law, pay, cliché and
//     candidate-wording rules, each with the keys that find it fast.
//
// Nothing here reads files, the network or the environment.
package lint
