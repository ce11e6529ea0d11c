// This module only pins the real web pages the extractor is graded on:
// go-trafilatura's test-files/comparison, GoOse's sites and go-htmldate's
// test-files (its mediacloud folder: news pages of 2020), news pages of
// many outlets; prose's Penn Treebank sample of the Wall Street Journal and
// the 2015 news texts of a sentence splitter's tests (neurosnap/sentences),
// real reporting; all of which extract/pagegold_test.go reads from the module cache
// (they are never copied into the repository). `go mod download` here
// fetches them; .ci/run does that.
module soundbite/tools/corpora

go 1.26.0

tool github.com/markusmobius/go-trafilatura/cmd/go-trafilatura

require (
	github.com/advancedlogic/GoOse v0.0.0-20191112112754-e742535969c1
	github.com/jdkato/prose/v2 v2.0.0
	github.com/markusmobius/go-htmldate v1.9.1
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require (
	github.com/PuerkitoBio/goquery v1.4.1 // indirect
	github.com/RadhiFadlillah/whatlanggo v0.0.0-20240916001553-aac1f0f737fc // indirect
	github.com/andybalholm/cascadia v1.3.2 // indirect
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de // indirect
	github.com/beevik/etree v1.2.0 // indirect
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/elliotchance/pie/v2 v2.9.0 // indirect
	github.com/fatih/set v0.2.1 // indirect
	github.com/forPelevin/gomoji v1.2.0 // indirect
	github.com/gigawattio/window v0.0.0-20180317192513-0f5467e35573 // indirect
	github.com/go-resty/resty/v2 v2.0.0 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/go-shiori/go-readability v0.0.0-20241012063810-92284fa8a71f // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/hablullah/go-hijri v1.0.2 // indirect
	github.com/hablullah/go-juliandays v1.0.0 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/jalaali/go-jalaali v0.0.0-20210801064154-80525e88d958 // indirect
	github.com/jaytaylor/html2text v0.0.0-20180606194806-57d518f124b0 // indirect
	github.com/markusmobius/go-dateparser v1.2.3 // indirect
	github.com/markusmobius/go-domdistiller v0.0.0-20240926050704-25b8d046ffb4 // indirect
	github.com/markusmobius/go-trafilatura v1.12.2 // indirect
	github.com/matoous/go-nanoid/v2 v2.0.0 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/mattn/go-runewidth v0.0.10 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/olekukonko/tablewriter v0.0.0-20180506121414-d4647c9c7a84 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/rs/zerolog v1.33.0 // indirect
	github.com/spf13/cobra v1.8.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	github.com/ssor/bom v0.0.0-20170718123548-6386211fdfcf // indirect
	github.com/tetratelabs/wazero v1.8.1 // indirect
	github.com/wasilibs/go-re2 v1.7.0 // indirect
	github.com/wasilibs/wazero-helpers v0.0.0-20240620070341-3dff1577cd52 // indirect
	github.com/yosssi/gohtml v0.0.0-20201013000340-ee4748c638f4 // indirect
	golang.org/x/exp v0.0.0-20241009180824-f66d83c29e7c // indirect
	golang.org/x/net v0.30.0 // indirect
	golang.org/x/sync v0.8.0 // indirect
	golang.org/x/sys v0.26.0 // indirect
	golang.org/x/text v0.19.0 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
)
