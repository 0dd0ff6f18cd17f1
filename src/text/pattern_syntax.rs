//! [`parse`]: a pattern to the regex crate's syntax tree (HIR), the same tree
//! `regex_syntax::parse` gives, built without case folding the classes that case folding
//! leaves as they are.
//!
//! Under `(?i)` the regex crate folds every class: `\p{L}`, hundreds of ranges, takes
//! about 0.1 ms to fold each time it is written, and the extractors' patterns write it
//! over a hundred times, nearly all under `(?i)`: a tenth of a one-article `kb extract`'s
//! instructions, most of which go to compiling patterns. Folding gives back the same
//! class for digits, spaces, `\w`, `\p{N}` and any character that is not a letter, and
//! for `\p{L}` adds one character (U+0345, a Greek combining mark that folds to a letter).
//! So such a class is written here inside `(?-i:…)`, with U+0345 beside `\p{L}`, before
//! the tree is translated: the translation is the same and skips the folding. The unit
//! tests check the two trees agree on every pattern they compile (see `WordRegex::build`).

use regex_syntax::ast::{self, Ast, ClassSet, ClassSetItem, ClassUnicodeKind, Flag, Flags, FlagsItem, FlagsItemKind, GroupKind};
use regex_syntax::hir::{self, Hir};

/// The combining mark case folding adds to `\p{L}` (it folds to ι).
const FOLDED_INTO_LETTERS: char = '\u{345}';

/// `pattern` as HIR: what `regex_syntax::parse(pattern)` returns, sooner.
pub fn parse(pattern: &str) -> Result<Hir, Box<regex_syntax::Error>> {
    let mut ast = ast::parse::Parser::new().parse(pattern).map_err(|e| Box::new(e.into()))?;
    let mut case_insensitive = false;
    spare_folding(&mut ast, &mut case_insensitive);
    hir::translate::Translator::new().translate(pattern, &ast).map_err(|e| Box::new(e.into()))
}

/// Rewrites, in the order the translator reads them, the classes under `(?i)` that
/// folding leaves unchanged; `case_insensitive` is the flag as the translator would hold it
/// at `ast` (a group restores it on closing, as the translator does).
fn spare_folding(ast: &mut Ast, case_insensitive: &mut bool) {
    match ast {
        Ast::Flags(set) => apply(&set.flags, case_insensitive),
        Ast::Group(group) => {
            let outside = *case_insensitive;
            if let GroupKind::NonCapturing(flags) = &group.kind {
                apply(flags, case_insensitive);
            }
            spare_folding(&mut group.ast, case_insensitive);
            *case_insensitive = outside;
        }
        Ast::Repetition(repetition) => spare_folding(&mut repetition.ast, case_insensitive),
        Ast::Alternation(alternation) => alternation.asts.iter_mut().for_each(|a| spare_folding(a, case_insensitive)),
        Ast::Concat(concat) => concat.asts.iter_mut().for_each(|a| spare_folding(a, case_insensitive)),
        // `\w`, `\d`, `\s` are never folded.
        Ast::ClassUnicode(_) | Ast::ClassBracketed(_) if *case_insensitive => {
            let span = *ast.span();
            let mut item = match &*ast {
                Ast::ClassUnicode(class) => ClassSetItem::Unicode((**class).clone()),
                Ast::ClassBracketed(class) => ClassSetItem::Bracketed(class.clone()),
                _ => unreachable!("matched above"),
            };
            let folding = folding(&mut item);
            if folding == Folding::AddsMark {
                add_mark(&mut item);
            }
            *ast = match item {
                ClassSetItem::Unicode(class) => Ast::class_unicode(class),
                ClassSetItem::Bracketed(class) => Ast::class_bracketed(*class),
                other => Ast::class_bracketed(ast::ClassBracketed { span, negated: false, kind: ClassSet::Item(other) }),
            };
            if folding != Folding::Changes {
                *ast = case_sensitive(std::mem::replace(ast, Ast::empty(span)), span);
            }
        }
        _ => {}
    }
}

/// Sets `case_insensitive` as `flags` say, if they say.
fn apply(flags: &Flags, case_insensitive: &mut bool) {
    if let Some(on) = flags.flag_state(Flag::CaseInsensitive) {
        *case_insensitive = on;
    }
}

/// What simple case folding does to a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Folding {
    Unchanged,
    /// Adds U+0345 and nothing else.
    AddsMark,
    /// May add more (letters, ASCII classes, set operations).
    Changes,
}

/// What folding does to `item`. A bracketed class inside it to which folding adds U+0345
/// gets it written in: unchanged under folding then, and the same class folded (the
/// translator folds each bracketed class before negating it, so `[^…]` stays right too).
fn folding(item: &mut ClassSetItem) -> Folding {
    match item {
        ClassSetItem::Empty(_) | ClassSetItem::Perl(_) => Folding::Unchanged,
        ClassSetItem::Literal(literal) if !literal.c.is_alphabetic() => Folding::Unchanged,
        ClassSetItem::Range(range) if range.end.c as u32 - range.start.c as u32 <= 0x100 && (range.start.c..=range.end.c).all(|c| !c.is_alphabetic()) => {
            Folding::Unchanged
        }
        ClassSetItem::Unicode(class) => {
            let name = match &class.kind {
                ClassUnicodeKind::OneLetter(c) => c.to_string(),
                ClassUnicodeKind::Named(name) => name.clone(),
                ClassUnicodeKind::NamedValue { .. } => return Folding::Changes,
            };
            match name.as_str() {
                "N" | "Nd" | "Number" => Folding::Unchanged,
                "L" | "Letter" if !class.negated => Folding::AddsMark,
                _ => Folding::Changes,
            }
        }
        ClassSetItem::Bracketed(class) => match &mut class.kind {
            ClassSet::Item(inner) => match folding(inner) {
                Folding::AddsMark => {
                    add_mark(inner);
                    Folding::Unchanged
                }
                other => other,
            },
            ClassSet::BinaryOp(_) => Folding::Changes,
        },
        ClassSetItem::Union(union) => union.items.iter_mut().map(folding).fold(Folding::Unchanged, |a, b| match (a, b) {
            (Folding::Changes, _) | (_, Folding::Changes) => Folding::Changes,
            (Folding::AddsMark, _) | (_, Folding::AddsMark) => Folding::AddsMark,
            _ => Folding::Unchanged,
        }),
        _ => Folding::Changes,
    }
}

/// Writes U+0345 beside `item` (inside it when it is a bracketed class).
fn add_mark(item: &mut ClassSetItem) {
    let span = *item.span();
    let mark = ClassSetItem::Literal(ast::Literal { span, kind: ast::LiteralKind::Verbatim, c: FOLDED_INTO_LETTERS });
    match item {
        ClassSetItem::Union(union) => union.items.push(mark),
        ClassSetItem::Bracketed(class) => match &mut class.kind {
            ClassSet::Item(inner) => add_mark(inner),
            ClassSet::BinaryOp(_) => unreachable!("folding changes set operations"),
        },
        other => {
            let alone = std::mem::replace(other, ClassSetItem::Empty(span));
            *other = ClassSetItem::Union(ast::ClassSetUnion { span, items: vec![alone, mark] });
        }
    }
}

/// `inner` inside `(?-i:…)`.
fn case_sensitive(inner: Ast, span: ast::Span) -> Ast {
    let items = vec![FlagsItem { span, kind: FlagsItemKind::Negation }, FlagsItem { span, kind: FlagsItemKind::Flag(Flag::CaseInsensitive) }];
    Ast::group(ast::Group { span, kind: GroupKind::NonCapturing(Flags { span, items }), ast: Box::new(inner) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_regex_syntax(pattern: &str) {
        assert_eq!(parse(pattern).unwrap(), regex_syntax::parse(pattern).unwrap(), "{pattern}");
    }

    #[test]
    fn classes_folding_leaves_alone_give_the_tree_of_regex_syntax() {
        for pattern in [
            r"(?i)\p{L}",
            r"(?i)[\p{L} ]{0,40}",
            r"(?i)(?:^|[^\p{L}\p{N}])kỳ họp thứ [\p{L}[0-9]]+",
            r"(?i)[^\p{L}]",
            r"(?i)\P{L}x",
            r"(?i)\p{Lu}\p{Ll}*",
            r"(?i)(?-i:\p{Lu})[\p{L}0-9_-]",
            r"(?i)[a-z0-9]",
            r"(?i)[!-/\d\s]",
            r"(?i)[^\p{L}\p{N}\s]",
            r"(?i)[[^\p{L}]x]",
            r"(?i)[\p{L}&&\p{Latin}]",
            r"(?i)[[:alpha:]]",
            r"a(?i)\p{L}|\p{N}(?-i)\p{L}",
            r"(?i:\w)\p{L}(?i)(\p{L})\p{L}",
            r"\p{L}+ (?i:[^\p{L}.;]{0,60}) \p{Letter}",
            r"(?i)\pL\pN\W",
        ] {
            same_as_regex_syntax(pattern);
        }
    }

    #[test]
    fn a_bad_pattern_is_an_error_not_a_panic() {
        assert!(parse(r"(?i)[\p{L}").is_err());
        assert!(parse(r"(?i)\p{Nonesuch}").is_err());
    }
}
