//! Every field `capture print -p` and rule outputs can show, parsed once per fuzzing process.

use rfalco_fields::evt::FieldId;
use rfalco_fields::registry::{EVENT_FIELDS, STATE_FIELDS};
use std::sync::OnceLock;

/// Every field name the registry knows (those that need an argument get `[0]`), and the
/// argument fields by index and by name.
pub fn fields() -> &'static [FieldId] {
    static F: OnceLock<Vec<FieldId>> = OnceLock::new();
    F.get_or_init(|| {
        let mut out = Vec::new();
        for name in EVENT_FIELDS.iter().chain(STATE_FIELDS) {
            if let Ok(id) = FieldId::parse(name, None).or_else(|_| FieldId::parse(name, Some("0")))
            {
                out.push(id);
            }
        }
        for arg in [
            "0", "1", "2", "5", "fd", "res", "name", "path", "data", "flags",
        ] {
            for name in ["evt.arg", "evt.rawarg"] {
                let named = format!("{name}.{arg}");
                let ids = [
                    FieldId::parse(name, Some(arg)),
                    FieldId::parse(&named, None),
                ];
                out.extend(ids.into_iter().flatten());
            }
        }
        out
    })
}
