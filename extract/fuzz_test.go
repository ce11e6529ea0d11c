package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
)

// FuzzExtract feeds arbitrary text to Extract (without the recover that
// keeps a fault from taking the program down), split into paragraphs at
// blank lines as an import would: it must never panic, and every quote's
// offsets must lie on character boundaries inside the text and hold the
// quote's text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"“We will not cut corners,” he said.",
		"Jane Doe, a spokeswoman for the Ministry of Fish, said: \"It is fine.\n\n\"And it will stay fine.\"",
		"\"Unclosed quotation\n\n\"Continued",
		"“”“”\"\"''’’",
		"According to Dr. K.C. Smith's office, the U.S. plan failed, she said, as reported by Reuters.",
		"The company said, adding that. He said \"",
		"Mr.\n\n\n\nMrs.’s ’s 's ' \" “ ”",
		"al-Amr al- -al 5-year-old fifteen-year-old “a”b”c“",
		"\xff\xfe invalid “utf-8” said \xe2\x80",
		"Hollis & Pryor, which , said , , said said said.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras := strings.Split(text, "\n\n")
		res := extract.ExtractStrict(paras)
		checkInvariants(t, paras, res)
	})
}
