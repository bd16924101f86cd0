//! Content streams into a page's glyphs, rulings and image count: the operators of the
//! graphics state, text and paths; form XObjects drawn recursively (no deeper than
//! [`MAX_FORM_DEPTH`], never inside themselves); images and inline images only counted.

mod path;
mod state;
mod text;
mod unified_table;
mod unify;

use std::collections::HashMap;
use std::rc::Rc;

use nianbao_document::{Excess, FormatProblem};

use path::Path;
use state::State;
use text::TextMatrices;

use super::font::Font;
use super::lexer::{Lexer, Token};
use super::limits::{MAX_FORM_DEPTH, MAX_GLYPHS, MAX_OPERATORS, MAX_RULINGS};
use super::matrix::Matrix;
use super::object::{Dict, Object};
use super::store::Store;
use crate::page::Page;

/// `q` nested deeper than this is ignored (its `Q` then restores the deepest saved state).
const MAX_SAVED: usize = 256;
/// Operands kept before an operator (no operator takes more than a few).
const MAX_OPERANDS: usize = 64;

/// Reads content streams for the pages of one file, sharing its fonts and budgets.
pub(crate) struct Interpreter<'s, 'a> {
    store: &'s mut Store<'a>,
    /// Fonts by object number (fonts written inline are loaded each time they are selected).
    fonts: HashMap<u32, Rc<Font>>,
    /// Decoded form contents by object number (a form drawn many times is decoded once).
    forms: HashMap<u32, Rc<Vec<u8>>>,
    operators: usize,
    glyphs: usize,
    rulings: usize,
}

/// What is drawn, and how (the resources, the form chain, the open path and text).
struct Run<'r> {
    resources: &'r Dict,
    /// Forms being drawn, by object number: one drawn inside itself is skipped.
    forms: &'r mut Vec<u32>,
    depth: usize,
}

impl<'s, 'a> Interpreter<'s, 'a> {
    pub(crate) fn new(store: &'s mut Store<'a>) -> Self {
        Interpreter {
            store,
            fonts: HashMap::new(),
            forms: HashMap::new(),
            operators: 0,
            glyphs: 0,
            rulings: 0,
        }
    }

    /// Draws one content stream (already decoded) onto `page` with `ctm` as the initial
    /// matrix (the page's matrix into shown coordinates).
    pub(crate) fn draw(
        &mut self,
        content: &[u8],
        resources: &Dict,
        ctm: Matrix,
        page: &mut Page,
    ) -> Result<(), FormatProblem> {
        let mut forms = Vec::new();
        self.run(content, Run { resources, forms: &mut forms, depth: 0 }, ctm, page)
    }

    fn run(
        &mut self,
        content: &[u8],
        mut run: Run<'_>,
        ctm: Matrix,
        page: &mut Page,
    ) -> Result<(), FormatProblem> {
        let mut lexer = Lexer::new(content, 0);
        let mut operands: Vec<Object> = Vec::new();
        let mut state = State::new(ctm);
        let mut saved: Vec<State> = Vec::new();
        let mut text = TextMatrices::default();
        let mut path = Path::default();
        let mut font_cache: HashMap<Vec<u8>, Rc<Font>> = HashMap::new();
        loop {
            let word = match lexer.token(0) {
                Ok(Token::Eof) => break,
                Ok(Token::Obj(object)) => {
                    if operands.len() < MAX_OPERANDS {
                        operands.push(object);
                    }
                    continue;
                }
                Ok(Token::Keyword(word)) => word,
                Ok(Token::ArrayEnd | Token::DictEnd) => continue,
                Err(FormatProblem::TooDeep) => return Err(FormatProblem::TooDeep),
                // Damaged content: what was drawn so far stays.
                Err(_) => break,
            };
            self.operators += 1;
            if self.operators > MAX_OPERATORS {
                return Err(FormatProblem::TooMuch { excess: Excess::Text });
            }
            let numbers: Vec<f32> = operands.iter().filter_map(Object::as_f32).collect();
            match word {
                b"q" if saved.len() < MAX_SAVED => saved.push(state.clone()),
                b"Q" => {
                    if let Some(previous) = saved.pop() {
                        state = previous;
                    }
                }
                b"cm" => {
                    if let Some(m) = Matrix::from_numbers(&numbers) {
                        state.ctm = m.then(state.ctm);
                    }
                }
                b"g" | b"rg" | b"k" => state.fill_white = state::is_white(&numbers),
                b"G" | b"RG" | b"K" => state.stroke_white = state::is_white(&numbers),
                b"sc" | b"scn" => state.fill_white = state::is_white(&numbers),
                b"SC" | b"SCN" => state.stroke_white = state::is_white(&numbers),
                b"cs" => state.fill_white = false,
                b"CS" => state.stroke_white = false,
                b"BT" => text = TextMatrices::default(),
                b"Tf" => {
                    if let (Some(name), Some(size)) = (
                        operands.first().and_then(Object::as_name),
                        operands.get(1).and_then(Object::as_f32),
                    ) {
                        state.font = self.font(run.resources, name, &mut font_cache)?;
                        state.size = size;
                    }
                }
                b"Tc" => state.char_spacing = numbers.first().copied().unwrap_or(0.0),
                b"Tw" => state.word_spacing = numbers.first().copied().unwrap_or(0.0),
                b"Tz" => state.horizontal_scale = numbers.first().copied().unwrap_or(100.0) / 100.0,
                b"TL" => state.leading = numbers.first().copied().unwrap_or(0.0),
                b"Ts" => state.rise = numbers.first().copied().unwrap_or(0.0),
                b"Td" | b"TD" => {
                    if let [x, y] = numbers.as_slice() {
                        if word == b"TD" {
                            state.leading = -y;
                        }
                        text.next_line(*x, *y);
                    }
                }
                b"Tm" => {
                    if let Some(m) = Matrix::from_numbers(&numbers) {
                        text = TextMatrices { text: m, line: m };
                    }
                }
                b"T*" => text.next_line(0.0, -state.leading),
                b"Tj" | b"'" | b"\"" => {
                    if word == b"\"" {
                        if let [w, c, ..] = numbers.as_slice() {
                            state.word_spacing = *w;
                            state.char_spacing = *c;
                        }
                    }
                    if word != b"Tj" {
                        text.next_line(0.0, -state.leading);
                    }
                    if let Some(bytes) = operands.last().and_then(Object::as_str) {
                        self.show(&state, &mut text, bytes, page)?;
                    }
                }
                b"TJ" => {
                    let vertical = state.font.as_ref().is_some_and(|f| f.vertical);
                    for item in operands.first().and_then(Object::as_array).unwrap_or_default() {
                        match item {
                            Object::Str(bytes) => self.show(&state, &mut text, bytes, page)?,
                            other => {
                                if let Some(amount) = other.as_f32() {
                                    text.adjust(&state, amount, vertical);
                                }
                            }
                        }
                    }
                }
                b"m" | b"l" => {
                    if let [x, y] = numbers.as_slice() {
                        if word == b"m" {
                            path.move_to(state.ctm, *x, *y);
                        } else {
                            path.line_to(state.ctm, *x, *y);
                        }
                    }
                }
                b"c" | b"v" | b"y" => {
                    if let (Some(x), Some(y)) =
                        (numbers.get(numbers.len().wrapping_sub(2)), numbers.last())
                    {
                        path.curve_to(state.ctm, *x, *y);
                    }
                }
                b"re" => {
                    if let [x, y, w, h] = numbers.as_slice() {
                        path.rectangle(state.ctm, *x, *y, *w, *h);
                    }
                }
                b"h" => path.close(),
                b"S" | b"s" | b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*" | b"n" => {
                    if matches!(word, b"s" | b"b" | b"b*") {
                        path.close();
                    }
                    let stroke = matches!(word, b"S" | b"s" | b"B" | b"B*" | b"b" | b"b*")
                        && !state.stroke_white;
                    let fill = matches!(word, b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*")
                        && !state.fill_white;
                    let before = page.rulings.len();
                    path.rulings(stroke, fill, &mut page.rulings);
                    self.rulings += page.rulings.len() - before;
                    if self.rulings > MAX_RULINGS {
                        return Err(FormatProblem::TooMuch { excess: Excess::Cells });
                    }
                    path = Path::default();
                }
                b"Do" => {
                    if let Some(name) = operands.first().and_then(Object::as_name) {
                        self.xobject(&mut run, name, state.ctm, page)?;
                    }
                }
                b"BI" => {
                    skip_inline_image(&mut lexer);
                    page.images = page.images.saturating_add(1);
                }
                _ => {}
            }
            operands.clear();
        }
        Ok(())
    }

    /// The store the interpreter reads through.
    pub(crate) fn store(&mut self) -> &mut Store<'a> {
        self.store
    }

    fn show(
        &mut self,
        state: &State,
        text: &mut TextMatrices,
        bytes: &[u8],
        page: &mut Page,
    ) -> Result<(), FormatProblem> {
        let Some(font) = state.font.clone() else { return Ok(()) };
        for code in font.codes(bytes) {
            page.glyphs.push(text.show(state, &code, font.vertical));
            self.glyphs += 1;
            if self.glyphs > MAX_GLYPHS {
                return Err(FormatProblem::TooMuch { excess: Excess::Text });
            }
        }
        Ok(())
    }

    /// The font a `Tf` names in the resources.
    fn font(
        &mut self,
        resources: &Dict,
        name: &[u8],
        cache: &mut HashMap<Vec<u8>, Rc<Font>>,
    ) -> Result<Option<Rc<Font>>, FormatProblem> {
        if let Some(font) = cache.get(name) {
            return Ok(Some(font.clone()));
        }
        let fonts = match self.store.key(resources, b"Font")? {
            Object::Dict(fonts) => fonts,
            _ => Dict::default(),
        };
        let reference = fonts.get(name).cloned();
        let number = match reference {
            Some(Object::Ref((number, _))) => Some(number),
            _ => None,
        };
        let font = match number.and_then(|n| self.fonts.get(&n)) {
            Some(font) => font.clone(),
            None => {
                let font = match self.store.key(&fonts, name)? {
                    Object::Dict(dict) => Rc::new(Font::load(self.store, &dict)?),
                    // A font the file lost: its glyphs are drawn, and counted as undecoded.
                    _ => Rc::new(Font::missing()),
                };
                if let Some(number) = number {
                    self.fonts.insert(number, font.clone());
                }
                font
            }
        };
        cache.insert(name.to_vec(), font.clone());
        Ok(Some(font))
    }

    /// `Do`: an image is counted, a form is drawn.
    fn xobject(
        &mut self,
        run: &mut Run<'_>,
        name: &[u8],
        ctm: Matrix,
        page: &mut Page,
    ) -> Result<(), FormatProblem> {
        let Object::Dict(xobjects) = self.store.key(run.resources, b"XObject")? else {
            return Ok(());
        };
        let number = match xobjects.get(name) {
            Some(Object::Ref((number, _))) => Some(*number),
            _ => None,
        };
        let Object::Stream(stream) = self.store.key(&xobjects, name)? else { return Ok(()) };
        match stream.dict.name(b"Subtype") {
            Some(b"Image") => {
                page.images = page.images.saturating_add(1);
                Ok(())
            }
            Some(b"Form") => {
                if run.depth >= MAX_FORM_DEPTH || number.is_some_and(|n| run.forms.contains(&n)) {
                    return Ok(());
                }
                let cached = number.and_then(|n| self.forms.get(&n)).cloned();
                let data = match cached {
                    Some(data) => data,
                    None => match self.store.stream_data(&stream) {
                        Ok(data) => {
                            let data = Rc::new(data);
                            if let Some(n) = number {
                                self.forms.insert(n, data.clone());
                            }
                            data
                        }
                        Err(problem @ (FormatProblem::Bomb | FormatProblem::TooMuch { .. })) => {
                            return Err(problem)
                        }
                        Err(_) => return Ok(()),
                    },
                };
                let matrix = match self.store.key(&stream.dict, b"Matrix")? {
                    Object::Array(items) => Matrix::from_numbers(
                        &items.iter().filter_map(Object::as_f32).collect::<Vec<_>>(),
                    ),
                    _ => None,
                }
                .unwrap_or(Matrix::IDENTITY);
                let own = match self.store.key(&stream.dict, b"Resources")? {
                    Object::Dict(d) => Some(d),
                    _ => None,
                };
                let resources = own.as_ref().unwrap_or(run.resources);
                if let Some(n) = number {
                    run.forms.push(n);
                }
                let inner = Run { resources, forms: &mut *run.forms, depth: run.depth + 1 };
                let result = self.run(&data, inner, matrix.then(ctm), page);
                if number.is_some() {
                    run.forms.pop();
                }
                result
            }
            _ => Ok(()),
        }
    }
}

/// Skips an inline image after `BI`: its dictionary up to `ID`, then its data up to an `EI`
/// standing alone between whitespace.
fn skip_inline_image(lexer: &mut Lexer<'_>) {
    loop {
        match lexer.token(0) {
            Ok(Token::Keyword(b"ID")) => break,
            Ok(Token::Eof) | Err(_) => return,
            Ok(_) => {}
        }
    }
    let start = lexer.pos + 1;
    let bytes = lexer.bytes;
    let mut at = start;
    while let Some(window) = bytes.get(at..at + 4) {
        if window.get(1..3) == Some(b"EI")
            && window.first().copied().is_some_and(super::lexer::is_white)
            && window.get(3).copied().is_some_and(super::lexer::is_white)
        {
            lexer.pos = at + 3;
            return;
        }
        at += 1;
    }
    lexer.pos = bytes.len();
}
