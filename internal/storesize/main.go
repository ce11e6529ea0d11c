// Command storesize prints where a store file's bytes go, one line per
// top-level bucket, for measuring the store's size (issue 14):
//
//	go run ./internal/storesize FILE
//
// For each bucket: its keys (nested buckets' included), the bytes of
// its keys and values, the bytes its pages hold in use, and the bytes of
// the pages allocated to it, which is what the file pays. The file is
// opened read-only, so it can be measured while no soundbite writes it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "storesize:", err)
		os.Exit(1)
	}
}

// usage is one bucket's figures.
type usage struct {
	name       string
	keys       int
	keyBytes   int64
	valueBytes int64
	inuse      int64
	alloc      int64
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("storesize", flag.ContinueOnError)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("usage: storesize FILE")
	}
	path := fs.Arg(0)
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var rows []usage
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			st := b.Stats()
			u := usage{
				name:  string(name),
				keys:  st.KeyN,
				inuse: int64(st.BranchInuse + st.LeafInuse + st.InlineBucketInuse),
				alloc: int64(st.BranchAlloc + st.LeafAlloc),
			}
			u.keyBytes, u.valueBytes = sumBytes(b)
			rows = append(rows, u)
			return nil
		})
	})
	if err != nil {
		return err
	}
	pageSize := int64(db.Info().PageSize)
	stats := db.Stats()

	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "bucket\tkeys\tkey bytes\tvalue bytes\tin use\tallocated\tMiB\t\n")
	var total usage
	for _, u := range rows {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%.1f\t\n", u.name, u.keys, u.keyBytes, u.valueBytes, u.inuse, u.alloc, mib(u.alloc))
		total.keys += u.keys
		total.keyBytes += u.keyBytes
		total.valueBytes += u.valueBytes
		total.inuse += u.inuse
		total.alloc += u.alloc
	}
	fmt.Fprintf(w, "all buckets\t%d\t%d\t%d\t%d\t%d\t%.1f\t\n", total.keys, total.keyBytes, total.valueBytes, total.inuse, total.alloc, mib(total.alloc))
	free := int64(stats.FreePageN+stats.PendingPageN) * pageSize
	fmt.Fprintf(w, "free pages\t\t\t\t\t%d\t%.1f\t\n", free, mib(free))
	fmt.Fprintf(w, "file\t\t\t\t\t%d\t%.1f\t\n", info.Size(), mib(info.Size()))
	return w.Flush()
}

// sumBytes adds up the key and value bytes of b and every bucket in it.
func sumBytes(b *bolt.Bucket) (keys, values int64) {
	_ = b.ForEach(func(k, v []byte) error {
		keys += int64(len(k))
		if v == nil {
			if child := b.Bucket(k); child != nil {
				ck, cv := sumBytes(child)
				keys += ck
				values += cv
			}
			return nil
		}
		values += int64(len(v))
		return nil
	})
	return keys, values
}

func mib(n int64) float64 { return float64(n) / (1 << 20) }
