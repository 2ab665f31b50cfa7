//! `regclass` and `regtype` arguments and results as bare oids: callers name tables
//! and types under their own search_path, and Postgres resolves (and rejects) them.

use pgrx::callconv::{Arg, ArgAbi, BoxRet, FcInfo};
use pgrx::nullable::Nullable;
use pgrx::pg_sys;
use pgrx::{FromDatum, IntoDatum};

macro_rules! oid_alias {
    ($name:ident, $typoid:expr, $sql:literal) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name(pub pg_sys::Oid);

        impl FromDatum for $name {
            unsafe fn from_polymorphic_datum(
                datum: pg_sys::Datum,
                is_null: bool,
                _typoid: pg_sys::Oid,
            ) -> Option<Self> {
                if is_null {
                    None
                } else {
                    // SAFETY: a regclass/regtype datum is an oid
                    unsafe { pg_sys::Oid::from_datum(datum, false) }.map($name)
                }
            }
        }

        impl IntoDatum for $name {
            fn into_datum(self) -> Option<pg_sys::Datum> {
                Some(pg_sys::Datum::from(self.0))
            }

            fn type_oid() -> pg_sys::Oid {
                $typoid
            }
        }

        // SAFETY: the datum is an oid, as for `pg_sys::Oid` itself
        unsafe impl<'fcx> ArgAbi<'fcx> for $name {
            unsafe fn unbox_arg_unchecked(arg: Arg<'_, 'fcx>) -> Self {
                let index = arg.index();
                unsafe { arg.unbox_arg_using_from_datum() }
                    .unwrap_or_else(|| panic!("argument {index} must not be null"))
            }

            unsafe fn unbox_nullable_arg(arg: Arg<'_, 'fcx>) -> Nullable<Self> {
                unsafe { arg.unbox_arg_using_from_datum() }.into()
            }
        }

        // SAFETY: an oid is returned by value
        unsafe impl BoxRet for $name {
            unsafe fn box_into<'fcx>(self, fcinfo: &mut FcInfo<'fcx>) -> pgrx::datum::Datum<'fcx> {
                unsafe { fcinfo.return_raw_datum(pg_sys::Datum::from(self.0)) }
            }
        }

        pgrx::impl_sql_translatable!($name, $sql);
    };
}

oid_alias!(RegClass, pg_sys::REGCLASSOID, "regclass");
oid_alias!(RegType, pg_sys::REGTYPEOID, "regtype");
