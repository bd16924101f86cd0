use serde::Serialize;

/// How much a problem matters. `Error` fails the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// Should be fixed; the report still passes.
    Warning,
    /// Must be fixed before publishing.
    Error,
}

macro_rules! codes {
    ($($variant:ident = $code:literal,)*) => {
        /// Every rule code of the catalogue. Codes are stable and never reused.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $(#[doc = $code] $variant,)* }

        impl Code {
            /// All codes, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The short code, e.g. `"R301"`.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }
        }
    };
}

codes! {
    F001 = "F001", F002 = "F002", F003 = "F003",
    T001 = "T001", T002 = "T002", T010 = "T010", T011 = "T011", T012 = "T012", T013 = "T013",
    T014 = "T014",
    T020 = "T020", T021 = "T021", T022 = "T022", T023 = "T023", T024 = "T024",
    T030 = "T030", T031 = "T031",
    V001 = "V001", V002 = "V002", V003 = "V003",
    R201 = "R201", R301 = "R301", R302 = "R302", R303 = "R303", R401 = "R401",
    X001 = "X001",
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
