package store

import (
	"testing"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkCheckDamage is the page walk every write Open makes (run with
// -store.articles 10000 for the smaller store).
func BenchmarkCheckDamage(b *testing.B) {
	f := benchStore(b)
	for b.Loop() {
		if err := checkDamage(f.path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(f.size)/(1<<20), "MiB")
}

// BenchmarkBoltCheck is bbolt's own Tx.Check on the same store, for
// comparison: it also reads every key, and panics out of reach of
// recover on a damaged page, so Open cannot use it.
func BenchmarkBoltCheck(b *testing.B) {
	f := benchStore(b)
	db, err := bolt.Open(f.path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for b.Loop() {
		err := db.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				return err
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenWrite opens the store for writing and closes it: what a
// write command pays before its work.
func BenchmarkOpenWrite(b *testing.B) {
	f := benchStore(b)
	for b.Loop() {
		s, err := Open(f.path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = s.Close()
	}
}
