//! Errors of the SQL API, as plain data: a SQLSTATE, a message and a hint. The
//! `api` module raises them as Postgres errors; everything else just returns them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// Mapped to SQLSTATEs in `api`.
pub enum Code {
    /// 3F000 invalid_schema_name
    UnknownSchema,
    /// 22023 invalid_parameter_value
    InvalidParameter,
    /// 22004 null_value_not_allowed
    NullValue,
    /// 0A000 feature_not_supported
    FeatureNotSupported,
    /// 42703 undefined_column
    UndefinedColumn,
    /// 42701 duplicate_column
    DuplicateColumn,
    /// 42P07 duplicate_table
    DuplicateTable,
    /// 42P01 undefined_table
    UndefinedTable,
    /// 42809 wrong_object_type
    WrongObjectType,
    /// 55P03 lock_not_available
    LockNotAvailable,
    /// XX000 internal_error
    Internal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// A NOTICE to show the caller: something worth knowing that is not an error.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub message: String,
    pub hint: Option<String>,
}
