package main

import "soundbite/report"

// The JSON line types the tests decode, under the names they had in main.
type (
	articleLine     = report.ArticleLine
	articleJSON     = report.ArticleJSON
	quoteLine       = report.QuoteLine
	speakerLine     = report.SpeakerLine
	searchLine      = report.SearchLine
	searchQuoteLine = report.SearchQuoteLine
	feedLine        = report.FeedLine
	extractLine     = report.ExtractLine
)
