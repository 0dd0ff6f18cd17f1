//! Reading: a database opened read-only ([`Reader`]), statements run with named
//! parameters bound, their rows handed to the caller one at a time as typed [`Value`]s,
//! and what went wrong in a statement told apart from what went wrong in the database
//! ([`sql_fault`]). Nothing here collects a result the caller did not ask to collect.

use anyhow::Result;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::Connection;
use std::path::Path;

/// A value as SQLite holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Value {
    fn from_sqlite(v: ValueRef<'_>) -> Value {
        match v {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Integer(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        }
    }
}

impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Value {
        v.map_or(Value::Null, Value::Text)
    }
}

impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Value {
        v.map_or(Value::Null, |s| Value::Text(s.to_string()))
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_string())
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Integer(v)
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// A Rust type a column's value is read as ([`Row::get`]), with SQLite's own
/// conversions: an integer is read as a float, NULL only as an `Option`.
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Option<Self>;
}

impl FromValue for Value {
    fn from_value(v: &Value) -> Option<Value> {
        Some(v.clone())
    }
}

impl FromValue for String {
    fn from_value(v: &Value) -> Option<String> {
        match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}

impl FromValue for i64 {
    fn from_value(v: &Value) -> Option<i64> {
        match v {
            Value::Integer(i) => Some(*i),
            _ => None,
        }
    }
}

impl FromValue for f64 {
    fn from_value(v: &Value) -> Option<f64> {
        match v {
            Value::Real(f) => Some(*f),
            Value::Integer(i) => Some(*i as f64),
            _ => None,
        }
    }
}

impl FromValue for bool {
    fn from_value(v: &Value) -> Option<bool> {
        i64::from_value(v).map(|i| i != 0)
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Option<Option<T>> {
        match v {
            Value::Null => Some(None),
            other => T::from_value(other).map(Some),
        }
    }
}

/// One row of a result, its values in column order.
#[derive(Debug, Clone, PartialEq)]
pub struct Row(pub Vec<Value>);

impl Row {
    /// The value of column `i` as a `T`; an error names the column and what it holds.
    pub fn get<T: FromValue>(&self, i: usize) -> Result<T> {
        let v = self.0.get(i).ok_or_else(|| anyhow::anyhow!("the result has no column {i}"))?;
        T::from_value(v).ok_or_else(|| anyhow::anyhow!("column {i} holds {v:?}, not a {}", std::any::type_name::<T>()))
    }

    pub fn into_values(self) -> Vec<Value> {
        self.0
    }
}

/// Named parameters for a statement: `(":name", value)`.
pub type Params<'a> = [(&'a str, Value)];

/// A kb database opened to read: where kb cannot write too (a read-only folder or mount),
/// a WAL database read as immutable there.
pub struct Reader {
    conn: Connection,
}

impl Reader {
    /// Opens the database at `path` read-only (upgrading one made by an older kb first).
    pub fn open(path: &Path) -> Result<Reader> {
        Ok(Reader { conn: super::open_read_only(path)? })
    }

    /// Prepares one statement; an error is SQLite's (see [`sql_fault`]).
    pub fn statement(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement { stmt: self.conn.prepare(sql)? })
    }

    /// Runs a statement and maps each row, collecting what `f` returns (for results the
    /// caller knows to be small: a chart's points, a list of names).
    pub fn rows<T>(&self, sql: &str, params: &Params, mut f: impl FnMut(&Row) -> Result<T>) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.statement(sql)?.each_row(params, |row| {
            out.push(f(&row)?);
            Ok(true)
        })?;
        Ok(out)
    }

    /// The first column of the first row, or None when there is no row.
    pub fn value<T: FromValue>(&self, sql: &str, params: &Params) -> Result<Option<T>> {
        let mut found = None;
        self.statement(sql)?.each_row(params, |row| {
            found = Some(row.get(0)?);
            Ok(false)
        })?;
        Ok(found)
    }
}

/// A prepared statement on a [`Reader`].
pub struct Statement<'c> {
    stmt: rusqlite::Statement<'c>,
}

impl Statement<'_> {
    /// Its result's column names, in order (a name given twice is listed twice).
    pub fn columns(&self) -> Vec<String> {
        self.stmt.column_names().map(String::from).collect()
    }

    /// Whether it only reads (SQLite's own answer: no INSERT, UPDATE, CREATE...).
    pub fn is_read_only(&self) -> bool {
        self.stmt.readonly()
    }

    /// Whether it returns rows (a statement of only comments, or a PRAGMA that sets
    /// something, does not).
    pub fn returns_rows(&self) -> bool {
        self.stmt.column_count() > 0
    }

    /// Whether it has the named parameter (`:name`).
    pub fn has_parameter(&self, name: &str) -> Result<bool> {
        Ok(self.stmt.parameter_index(name)?.is_some())
    }

    /// Runs it with `params` bound by name (an unbound one is NULL) and hands each row to
    /// `f` as it comes from SQLite, until the rows end or `f` returns false.
    pub fn each_row(&mut self, params: &Params, mut f: impl FnMut(Row) -> Result<bool>) -> Result<()> {
        let n = self.stmt.column_count();
        let bound: Vec<(&str, &dyn rusqlite::ToSql)> = params.iter().map(|(k, v)| (*k, v as &dyn rusqlite::ToSql)).collect();
        let mut cursor = self.stmt.query(bound.as_slice())?;
        while let Some(row) = cursor.next()? {
            let values = (0..n).map(|i| row.get_ref(i).map(Value::from_sqlite)).collect::<rusqlite::Result<Vec<Value>>>()?;
            if !f(Row(values))? {
                break;
            }
        }
        Ok(())
    }
}

/// What an error from SQLite says about whose mistake it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlFault {
    /// The SQL holds more than one statement.
    MultipleStatements,
    /// A mistake in the SQL or its parameters: a syntax error, an unknown table or
    /// column, an FTS5 query that does not parse, a parameter that is not there; with
    /// SQLite's message.
    InTheSql(String),
    /// The database cannot be read as asked: not a database, damaged, locked, unreadable.
    InTheDatabase,
}

/// Classifies the SQLite error in `err`'s chain, if there is one (None for an error
/// that is not SQLite's, such as a closed pipe).
pub fn sql_fault(err: &anyhow::Error) -> Option<SqlFault> {
    let sqlite = err.chain().find_map(|e| e.downcast_ref::<rusqlite::Error>())?;
    Some(match sqlite {
        rusqlite::Error::MultipleStatement => SqlFault::MultipleStatements,
        rusqlite::Error::InvalidParameterName(_) | rusqlite::Error::InvalidParameterCount(..) | rusqlite::Error::SqlInputError { .. } => {
            SqlFault::InTheSql(sqlite.to_string())
        }
        other
            if matches!(
                other.sqlite_error_code(),
                Some(rusqlite::ErrorCode::Unknown | rusqlite::ErrorCode::TooBig | rusqlite::ErrorCode::TypeMismatch | rusqlite::ErrorCode::ParameterOutOfRange)
            ) =>
        {
            SqlFault::InTheSql(sqlite.to_string())
        }
        _ => SqlFault::InTheDatabase,
    })
}
