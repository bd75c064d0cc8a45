//go:build race

package lint

// raceDetector says the tests run under the race detector.
const raceDetector = true
