// Package golden holds the golden corpus: one folder per case under testdata,
// each with one input and the expected model, outputs and warnings. The test
// in this package runs every case through the reader of its input format and
// every writer. See README.md.
package golden
