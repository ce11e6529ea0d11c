package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestNamesS10Cases covers people whose names the lexicon does not know,
// from every language news quotes (issue 11): a given name and a surname
// that are no English words are a person's even where an outlet's name
// would stand ("“...,” X reported"), while outlets whose titles are
// ordinary words, or the words for news of their language, stay outlets.
func TestNamesS10Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "an unknown given name reports a quotation",
			text:     "“The harbour will reopen in May,” Ilse Varga reported.",
			want:     []quote{{"Ilse Varga", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a Yoruba name reports a quotation",
			text:     "“The harbour will reopen in May,” Adebayo Okonkwo reported.",
			want:     []quote{{"Adebayo Okonkwo", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{"Adebayo Okonkwo"},
		},
		{
			name:     "a Georgian name reports a quotation",
			text:     "“The harbour will reopen in May,” Levan Kapanadze reported.",
			want:     []quote{{"Levan Kapanadze", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{"Levan Kapanadze"},
		},
		{
			name:     "an Icelandic name reports a quotation",
			text:     "“The harbour will reopen in May,” Sigríður Jónsdóttir reported.",
			want:     []quote{{"Sigríður Jónsdóttir", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{"Sigríður Jónsdóttir"},
		},
		{
			name:     "a surname with an Arabic article reports a quotation",
			text:     "“The harbour will reopen in May,” Abdulrahman al-Rashid reported.",
			want:     []quote{{"Abdulrahman al-Rashid", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{"Abdulrahman al-Rashid"},
		},
		{
			name:     "near miss: an outlet of ordinary words reports",
			text:     "“The harbour will reopen in May,” Radio Tarvik reported.",
			want:     []quote{{"", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a foreign outlet's word for news",
			text:     "“The harbour will reopen in May,” Kanal Vesti reported.",
			want:     []quote{{"", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a foreign outlet of two unknown words",
			text:     "“The harbour will reopen in May,” Helsingin Sanomat reported.",
			want:     []quote{{"", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a paper whose name opens with an article",
			text:     "“The harbour will reopen in May,” Al-Masry Al-Youm reported.",
			want:     []quote{{"", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{},
		},
		{
			name:     "a hyphened Korean given name before a family name that names places",
			text:     "Ji-woo Park said the harbour would reopen in May.",
			want:     []quote{{"Ji-woo Park", model.Indirect, "the harbour would reopen in May"}},
			speakers: []string{"Ji-woo Park"},
		},
		{
			name:     "a hyphened Korean given name reports a quotation",
			text:     "“The harbour will reopen in May,” Seo-yeon Kim reported.",
			want:     []quote{{"Seo-yeon Kim", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{"Seo-yeon Kim"},
		},
		{
			name:     "near miss: a hyphened word before a bank stays a body",
			text:     "Co-op Bank said the branch would reopen in May.",
			want:     []quote{{"Co-op Bank", model.Indirect, "the branch would reopen in May"}},
			speakers: []string{"Co-op Bank"},
			orgs:     []string{"Co-op Bank"},
		},
		{
			name:     "near miss: a paper whose second word carries an Arabic article",
			text:     "“The harbour will reopen in May,” Asharq Al-Awsat reported.",
			want:     []quote{{"", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a Vietnamese paper of two unknown words",
			text:     "“The harbour will reopen in May,” Tuoi Tre reported.",
			want:     []quote{{"", model.Direct, "The harbour will reopen in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a company named after a person",
			text:     "Okonkwo Logistics said the harbour would reopen in May.",
			want:     []quote{{"Okonkwo Logistics", model.Indirect, "the harbour would reopen in May"}},
			speakers: []string{"Okonkwo Logistics"},
			orgs:     []string{"Okonkwo Logistics"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
