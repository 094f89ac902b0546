//! The keys of a layer in a byte trie, walked anchored at a position of the
//! searched text.
//!
//! Every search starts at a word start (or any character of an unspaced
//! script) and asks one question: which keys does the text starting here begin
//! with? That is the goto function of Aho–Corasick alone: an anchored walk never
//! follows a failure link, and computing those links was most of the build time
//! of a large glossary (0.9 s of CPU for GCIDE's 169k forms). This trie has no
//! failure links and is built in one pass over the sorted keys.
//!
//! The nodes lie in one array of `u32`, in depth-first order, each followed by
//! its edges, so a walk down a chain (the tail of a long key) reads forward
//! through memory. A node is
//!
//! ```text
//! key | child count n | labels | child 1 | … | child n
//! ```
//!
//! where `key` is the index of the key that ends there (or `NONE`), and
//! `labels` is absent for a leaf, one word holding up to four label bytes in
//! order for a narrow node, or for a wide one a table of 256 bytes (64 words)
//! giving for each byte 1 + the index of its child, 0 for none. (Keys are UTF-8,
//! so no node has more than 179 children: the index always fits.) Children are
//! offsets in the array; offset 0 is never a node. The root's children are a
//! table indexed by byte.

/// Marks a node where no key ends.
const NONE: u32 = u32::MAX;

/// Nodes with at most this many children list their labels in one word; wider
/// ones keep a table indexed by byte.
const NARROW: usize = 4;

/// Words of the byte table of a wide node.
const TABLE: usize = 64;

/// A trie over byte strings; see the module documentation.
#[derive(Clone, Debug)]
pub(super) struct Trie {
    /// The nodes (all but the root), as described in the module documentation.
    nodes: Vec<u32>,
    /// The offset of the root's child for each byte, 0 when none.
    root: Box<[u32; 256]>,
}

/// The trie would need more than 2^32 words.
#[derive(Debug)]
pub(super) struct TooLarge;

/// Words for the labels of a node with `children` children.
fn label_words(children: usize) -> usize {
    match children {
        0 => 0,
        1..=NARROW => 1,
        _ => TABLE,
    }
}

impl Trie {
    /// Builds the trie of `keys`; a walk reports key `i` as index `i`. Empty
    /// keys are ignored and a repeated key is reported under its first index.
    pub(super) fn new(keys: &[&str]) -> Result<Trie, TooLarge> {
        let keys: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        let mut order: Vec<u32> = (0..u32::try_from(keys.len()).map_err(|_| TooLarge)?).collect();
        order.sort_unstable_by(|&a, &b| keys[a as usize].cmp(keys[b as usize]).then(a.cmp(&b)));

        // Inserting sorted keys creates the nodes in depth-first order, and the
        // children of each node in label order. Node 0 is the root; edge `e`
        // leads to node `e + 1`.
        let mut key_at: Vec<u32> = vec![NONE];
        let mut edges: Vec<(u32, u8)> = Vec::new(); // (parent, label)
        let mut path: Vec<u32> = vec![0];
        let mut previous: &[u8] = &[];
        for &k in &order {
            let key = keys[k as usize];
            if key.is_empty() {
                continue;
            }
            let shared = key.iter().zip(previous).take_while(|(a, b)| a == b).count();
            path.truncate(shared + 1);
            for &byte in &key[shared..] {
                let parent = *path.last().unwrap_or(&0);
                let child = u32::try_from(key_at.len()).map_err(|_| TooLarge)?;
                edges.push((parent, byte));
                key_at.push(NONE);
                path.push(child);
            }
            let end = *path.last().unwrap_or(&0) as usize;
            if key_at[end] == NONE {
                key_at[end] = k;
            }
            previous = key;
        }

        // Lay the nodes out: each takes 2 words, its labels and its children.
        let mut children = vec![0usize; key_at.len()];
        for &(parent, _) in &edges {
            children[parent as usize] += 1;
        }
        let mut offset = vec![0u32; key_at.len()];
        let mut size: usize = 1;
        for n in 1..key_at.len() {
            offset[n] = u32::try_from(size).map_err(|_| TooLarge)?;
            size += 2 + label_words(children[n]) + children[n];
        }
        u32::try_from(size).map_err(|_| TooLarge)?;

        let mut nodes = vec![0u32; size];
        for n in 1..key_at.len() {
            let at = offset[n] as usize;
            nodes[at] = key_at[n];
            nodes[at + 1] = children[n] as u32;
        }
        let mut root = Box::new([0u32; 256]);
        let mut filled = vec![0usize; key_at.len()];
        for (e, &(parent, label)) in edges.iter().enumerate() {
            let child = offset[e + 1];
            let parent = parent as usize;
            if parent == 0 {
                root[usize::from(label)] = child;
                continue;
            }
            let at = offset[parent] as usize;
            let n = children[parent];
            let i = filled[parent];
            filled[parent] += 1;
            if n <= NARROW {
                nodes[at + 2] |= u32::from(label) << (8 * i);
            } else {
                let index = (i + 1) as u32; // at most 179, see the module docs
                nodes[at + 2 + usize::from(label / 4)] |= index << (8 * (label % 4));
            }
            nodes[at + 2 + label_words(n) + i] = child;
        }
        Ok(Trie { nodes, root })
    }

    /// Whether some key begins with `byte`.
    #[inline]
    pub(super) fn begins_with(&self, byte: u8) -> bool {
        self.root[usize::from(byte)] != 0
    }

    /// Calls `found` with the length and index of every key that `hay` begins
    /// with, shortest first.
    #[inline]
    pub(super) fn walk(&self, hay: &[u8], mut found: impl FnMut(usize, usize)) {
        let Some(&first) = hay.first() else {
            return;
        };
        let mut at = self.root[usize::from(first)] as usize;
        let mut walked = 1;
        while at != 0 {
            let key = self.nodes[at];
            if key != NONE {
                found(walked, key as usize);
            }
            let n = self.nodes[at + 1] as usize;
            let (true, Some(&byte)) = (n > 0, hay.get(walked)) else {
                return;
            };
            let Some(i) = self.edge(at, n, byte) else {
                return;
            };
            at = self.nodes[at + 2 + label_words(n) + i] as usize;
            walked += 1;
        }
    }

    /// The index of the edge labelled `byte` of the node at `at`, which has
    /// `n` children.
    #[inline]
    fn edge(&self, at: usize, n: usize, byte: u8) -> Option<usize> {
        if n <= NARROW {
            let labels = self.nodes[at + 2];
            return (0..n).find(|&i| (labels >> (8 * i)) as u8 == byte);
        }
        let word = self.nodes[at + 2 + usize::from(byte / 4)];
        let index = (word >> (8 * (byte % 4))) as u8;
        (index as usize).checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (length, key) a walk reports.
    fn walk(trie: &Trie, hay: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        trie.walk(hay.as_bytes(), |len, key| out.push((len, key)));
        out
    }

    #[test]
    fn walks_report_every_key_the_text_begins_with() {
        let keys = ["new", "new york", "newt", "n", "york", "", "new", "nex"];
        let trie = Trie::new(&keys).expect("small trie");
        let cases: &[(&str, &[(usize, usize)])] = &[
            ("new yorker", &[(1, 3), (3, 0), (8, 1)]),
            ("newton", &[(1, 3), (3, 0), (4, 2)]),
            ("nexus", &[(1, 3), (3, 7)]),
            ("ne", &[(1, 3)]),
            ("york", &[(4, 4)]),
            ("yor", &[]),
            ("", &[]),
            ("z", &[]),
            ("N", &[]),
        ];
        for (hay, want) in cases {
            assert_eq!(walk(&trie, hay), *want, "{hay:?}");
        }
        assert!(trie.begins_with(b'n') && trie.begins_with(b'y'));
        assert!(!trie.begins_with(b'e') && !trie.begins_with(0));
    }

    #[test]
    fn wide_nodes_and_multibyte_keys() {
        // A node with more children than the linear search handles.
        let keys: Vec<String> = (b'!'..=b'~')
            .map(|b| format!("a{}", char::from(b)))
            .chain(["日本".to_string(), "日本語".to_string()])
            .collect();
        assert_eq!(keys.len(), 96);
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let trie = Trie::new(&refs).expect("small trie");
        for (i, key) in keys.iter().enumerate() {
            let text = format!("{key}!");
            assert_eq!(walk(&trie, &text).last(), Some(&(key.len(), i)), "{key}");
        }
        assert_eq!(walk(&trie, "日本語"), vec![(6, 94), (9, 95)]);
        assert_eq!(walk(&trie, "日"), vec![]);
        assert_eq!(walk(&trie, "a"), vec![]);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// A walk reports exactly the keys the text begins with, shortest
        /// first, each under the first index it was given.
        #[test]
        fn walks_agree_with_a_prefix_search(
            keys in prop::collection::vec("[ab日]{0,4}|[a-z]{0,2}", 0..40),
            hay in "[ab日 ]{0,6}|[a-z]{0,3}",
        ) {
            let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
            let trie = Trie::new(&refs).expect("small trie");
            let mut got = Vec::new();
            trie.walk(hay.as_bytes(), |len, key| got.push((len, key)));
            let mut want: Vec<(usize, usize)> = Vec::new();
            for (i, key) in keys.iter().enumerate() {
                if !key.is_empty() && hay.starts_with(key.as_str()) && !want.iter().any(|&(l, _)| l == key.len()) {
                    want.push((key.len(), i));
                }
            }
            want.sort_unstable();
            prop_assert_eq!(got, want);
        }
    }
}
