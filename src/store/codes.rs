//! The closed sets of the extraction contract (`crate::extract::Body` ...) are stored as
//! their codes, the same text the JSON writes.

use crate::extract::{Body, Capacity, DocumentAction, FigureKind};
use rusqlite::types::{ToSql, ToSqlOutput};

macro_rules! stored_as_code {
    ($($name:ty),+) => {
        $(impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.code()))
            }
        })+
    };
}

stored_as_code!(Body, Capacity, DocumentAction, FigureKind);
