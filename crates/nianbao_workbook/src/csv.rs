//! One sheet as CSV (RFC 4180), starting with a BOM: without it Excel and WPS read UTF-8 as
//! the local code page and every Chinese word comes out garbled.

use std::fmt::Write as _;

use crate::{Sheet, Value};

impl Sheet {
    /// The header and the rows as CSV, `\r\n` line ends, BOM first.
    #[must_use]
    pub fn to_csv(&self) -> String {
        let mut out = String::from('\u{feff}');
        let header: Vec<&str> = self.header.iter().map(String::as_str).collect();
        line(&mut out, header.iter().map(|h| quote(h)));
        for row in &self.rows {
            line(
                &mut out,
                row.iter().map(|v| match v {
                    Value::Empty => String::new(),
                    Value::Text(text) => quote(text),
                    Value::Int(n) => n.to_string(),
                }),
            );
        }
        out
    }
}

fn line(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.collect();
    let _ = write!(out, "{}\r\n", fields.join(","));
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crate::{Sheet, Value};

    #[test]
    fn bom_header_and_quoted_fields() {
        let sheet = Sheet {
            name: "问题".to_owned(),
            header: vec!["文件".to_owned(), "错误".to_owned()],
            rows: vec![vec![Value::from("a,\"b\".txt"), Value::Int(2)], vec![Value::Empty]],
        };
        assert_eq!(sheet.to_csv(), "\u{feff}文件,错误\r\n\"a,\"\"b\"\".txt\",2\r\n\r\n");
    }
}
