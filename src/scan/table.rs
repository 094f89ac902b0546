//! Plain-text tables and CSV fields, shared by the reports.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::render::terminal_safe;

/// Writes rows as aligned columns separated by two spaces. Cells are made safe
/// for a terminal; columns flagged in `right` are right-aligned; the last column is
/// not padded.
pub(crate) fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
    right: &[bool],
) -> io::Result<()> {
    let clean = |row: &[String]| row.iter().map(|c| terminal_safe(c)).collect::<Vec<_>>();
    let all: Vec<Vec<String>> = std::iter::once(clean(header))
        .chain(rows.iter().map(|r| clean(r)))
        .collect();
    let columns = header.len();
    let mut widths = vec![0usize; columns];
    for row in &all {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(cell.width());
        }
    }
    for row in &all {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate().take(columns) {
            if i > 0 {
                line.push_str("  ");
            }
            let pad = widths[i].saturating_sub(cell.width());
            let last = i + 1 == columns;
            if right.get(i).copied().unwrap_or(false) {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if !last {
                    line.push_str(&" ".repeat(pad));
                }
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV record, ended with a line feed.
pub(crate) fn write_csv_record<S: AsRef<str>>(out: &mut dyn Write, fields: &[S]) -> io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| csv_field(f.as_ref())).collect();
    writeln!(out, "{}", line.join(","))
}
