//! Command-line arguments.

use nianbao_report::Lang;

pub(crate) const USAGE: &str = "\
用法 / usage:
  nianbao check [--format text|json|jsonl|csv|xlsx] [-o FILE] [--lang zh|en] PATH…
      检查年报文件；目录会递归查找；同一单位相邻两年的报告自动配对比较。
      Check report files; folders recurse; one unit's consecutive years are compared.
      xlsx：一个 Excel 工作簿（汇总、问题、数值三张表），须用 -o 指定文件。
  nianbao compare [--format …] [-o FILE] [--lang zh|en] LAST THIS
      把 THIS 与上一年度的 LAST 配对比较，输出 THIS 的检查结果（含跨报告检查）。
      Compare THIS with last year's LAST; prints THIS's report with the checks across both.
  nianbao rules [--format text|md]
      列出规则目录。List the rule catalogue.
  nianbao forms [--format json]
      输出两版模板的表格用语（JSON）。Print both editions' form words as JSON.
退出码 / exit: 0 全部通过 no errors · 1 有错误 errors · 2 文件无法读取、找不到或用法错误 unreadable, missing or bad usage
";

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Json,
    Jsonl,
    Csv,
    Xlsx,
}

/// How `check` and `compare` write their reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Output {
    pub(crate) format: Format,
    pub(crate) lang: Lang,
    /// The file to write instead of stdout (required for xlsx).
    pub(crate) file: Option<String>,
}

pub(crate) enum Command {
    Check {
        output: Output,
        paths: Vec<String>,
    },
    /// Two reports of one unit, last year's and this year's, compared as given.
    Compare {
        output: Output,
        last: String,
        this: String,
    },
    Rules {
        markdown: bool,
    },
    /// The template vocabulary as JSON, for the fixture scripts and anyone drawing the forms.
    Forms,
    Help,
}

pub(crate) fn parse(args: &[String]) -> Result<Command, String> {
    let Some((command, rest)) = args.split_first() else { return Ok(Command::Help) };
    let mut format = None;
    let mut lang = Lang::Zh;
    let mut file = None;
    let mut paths = Vec::new();
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| rest.next().cloned())
                .ok_or(format!("{flag} 需要一个值 / needs a value"))
        };
        match flag {
            "--format" | "-f" => format = Some(value()?),
            "--output" | "-o" => file = Some(value()?),
            "--lang" => {
                lang = match value()?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => return Err(format!("未知语言 / unknown language: {other}")),
                }
            }
            "-h" | "--help" => return Ok(Command::Help),
            f if f.starts_with('-') && f.len() > 1 => {
                return Err(format!("未知选项 / unknown option: {f}"))
            }
            _ => paths.push(arg.clone()),
        }
    }
    let output = |format: Option<&str>| -> Result<Output, String> {
        let format = match format.unwrap_or("text") {
            "text" => Format::Text,
            "json" => Format::Json,
            "jsonl" => Format::Jsonl,
            "csv" => Format::Csv,
            "xlsx" => Format::Xlsx,
            other => return Err(format!("未知格式 / unknown format: {other}")),
        };
        if format == Format::Xlsx && file.is_none() {
            return Err("xlsx 须用 -o 指定输出文件 / xlsx needs -o FILE".to_owned());
        }
        Ok(Output { format, lang, file: file.clone() })
    };
    match command.as_str() {
        "check" => {
            let output = output(format.as_deref())?;
            if paths.is_empty() {
                return Err("请给出要检查的文件或目录 / give files or folders to check".to_owned());
            }
            Ok(Command::Check { output, paths })
        }
        "compare" => {
            let output = output(format.as_deref())?;
            let [last, this] = <[String; 2]>::try_from(paths).map_err(|_| {
                "compare 需要两个文件：上一年度的在前，本年度的在后 / compare needs two files: LAST THIS".to_owned()
            })?;
            Ok(Command::Compare { output, last, this })
        }
        "rules" => match format.as_deref().unwrap_or("text") {
            "text" => Ok(Command::Rules { markdown: false }),
            "md" | "markdown" => Ok(Command::Rules { markdown: true }),
            other => Err(format!("未知格式 / unknown format: {other}")),
        },
        "forms" => match format.as_deref().unwrap_or("json") {
            "json" => Ok(Command::Forms),
            other => {
                Err(format!("未知格式 / unknown format: {other}（forms 只有 json / json only）"))
            }
        },
        "help" | "-h" | "--help" => Ok(Command::Help),
        other => Err(format!("未知命令 / unknown command: {other}")),
    }
}
