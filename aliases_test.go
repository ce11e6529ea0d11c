package main

import (
	"soundbite/library"
	"soundbite/report"
)

// The tests read the commands' JSON with the shapes the commands write.
type (
	articleLine     = report.ArticleLine
	articleJSON     = report.ArticleJSON
	importError     = library.ImportError
	quoteLine       = report.QuoteLine
	speakerLine     = report.SpeakerLine
	searchLine      = report.SearchLine
	feedLine        = report.FeedLine
	extractLine     = report.ExtractLine
	searchQuoteLine = report.SearchQuoteLine
)
