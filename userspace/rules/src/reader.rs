//! Reading rule files: each YAML document's items are validated (errors name the item, the key
//! and the position, with Falco's texts) and handed to the [`Collector`]. As in Falco, loading
//! stops at the first error.

use crate::loader::{
    Collector, ENGINE_VERSION, Entry, ExceptionInfo, Fail, ListInfo, MacroInfo, PluginRequirement,
    Priority, RuleInfo, RuleUpdate, val_err, yaml_err,
};
use crate::result::{Context, FileResult, Message, WarningCode};
use crate::yaml::{Node, Pos, Value};
use std::collections::BTreeSet;

const ERROR_OVERRIDE_APPEND: &str = "Keys 'override' and 'append: true' cannot be used together. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
const WARNING_ENABLED: &str = "The standalone 'enabled' key usage is deprecated. The correct approach requires also a 'replace' entry under the 'override' key (i.e. 'enabled: replace').";
const WARNING_APPEND: &str = "'append' key is deprecated. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
/// Reads one file's items into a collector.
pub(crate) struct Reader<'a> {
    pub(crate) text: &'a str,
    pub(crate) res: &'a mut FileResult,
    pub(crate) col: &'a mut Collector,
}

/// Semver `x.y.z` (digits only, as libsinsp's `sinsp_version`).
fn parse_semver(s: &str) -> Option<(u64, u64, u64)> {
    let mut it = s.split('.');
    let a = it.next()?.parse().ok()?;
    let b = it.next()?.parse().ok()?;
    let c = it.next()?.parse().ok()?;
    it.next().is_none().then_some((a, b, c))
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "y" | "Y" => {
            Some(true)
        }
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" | "n" | "N" => {
            Some(false)
        }
        _ => None,
    }
}

impl Reader<'_> {
    fn ctx_at(&self, parent: &Context, ty: &'static str, name: &str, node: &Node) -> Context {
        parent.child(ty, name, node.pos, self.text)
    }

    fn warn(&mut self, code: WarningCode, message: impl Into<String>, ctx: &Context) {
        self.res.warnings.push(Message {
            code,
            message: message.into(),
            context: ctx.clone(),
        });
    }

    /// Falco's `decode_val`: a defined, non-null, non-empty scalar.
    fn scalar<'n>(
        &self,
        item: &'n Node,
        key: &str,
        ctx: &Context,
        optional: bool,
        can_be_empty: bool,
    ) -> Result<Option<&'n str>, Fail> {
        let Some(val) = item.get(key) else {
            if optional {
                return Ok(None);
            }
            return Err(yaml_err(
                format!("Item has no mapping for key '{key}'"),
                ctx,
            ));
        };
        if val.is_null() {
            if can_be_empty {
                return Ok(None);
            }
            return Err(yaml_err(format!("Mapping for key '{key}' is empty"), ctx));
        }
        let vctx = self.ctx_at(ctx, "value for", key, val);
        let Some(s) = val.as_str() else {
            return Err(yaml_err("Value is not a scalar value", &vctx));
        };
        if s.is_empty() && !can_be_empty {
            return Err(yaml_err("Value must be non-empty", &vctx));
        }
        Ok(Some(s))
    }

    fn string(&self, item: &Node, key: &str, ctx: &Context) -> Result<String, Fail> {
        Ok(self
            .scalar(item, key, ctx, false, false)?
            .unwrap_or_default()
            .to_string())
    }

    fn opt_bool(&self, item: &Node, key: &str, ctx: &Context) -> Result<Option<bool>, Fail> {
        let Some(s) = self.scalar(item, key, ctx, true, false)? else {
            return Ok(None);
        };
        match parse_bool(s) {
            Some(b) => Ok(Some(b)),
            None => Err(yaml_err(
                "Can't decode YAML scalar value",
                &self.value_ctx(item, key, ctx),
            )),
        }
    }

    fn opt_u64(&self, item: &Node, key: &str, ctx: &Context) -> Result<Option<u64>, Fail> {
        let Some(s) = self.scalar(item, key, ctx, true, false)? else {
            return Ok(None);
        };
        match s.parse() {
            Ok(v) => Ok(Some(v)),
            Err(_) => Err(yaml_err(
                "Can't decode YAML scalar value",
                &self.value_ctx(item, key, ctx),
            )),
        }
    }

    fn value_ctx(&self, item: &Node, key: &str, ctx: &Context) -> Context {
        match item.get(key) {
            Some(v) => self.ctx_at(ctx, "value for", key, v),
            None => ctx.clone(),
        }
    }

    /// Falco's `decode_seq`: a sequence of scalars.
    fn seq(
        &self,
        item: &Node,
        key: &str,
        ctx: &Context,
        optional: bool,
    ) -> Result<Option<Vec<String>>, Fail> {
        let Some(val) = item.get(key) else {
            if optional {
                return Ok(None);
            }
            return Err(yaml_err(
                format!("Item has no mapping for key '{key}'"),
                ctx,
            ));
        };
        let vctx = self.ctx_at(ctx, "value for", key, val);
        let Value::Seq(items) = &val.value else {
            return Err(yaml_err("Value is not a sequence", &vctx));
        };
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            match &v.value {
                Value::Scalar(s) => out.push(s.clone()),
                _ => {
                    let ictx = self.ctx_at(&vctx, "list item", "", v);
                    return Err(yaml_err("sequence value is not scalar", &ictx));
                }
            }
        }
        Ok(Some(out))
    }

    fn tags(&self, item: &Node, ctx: &Context) -> Result<Option<BTreeSet<String>>, Fail> {
        Ok(self
            .seq(item, "tags", ctx, true)?
            .map(|v| v.into_iter().collect()))
    }

    fn warn_unknown_keys(&mut self, item: &Node, expected: &[&str], ctx: &Context) {
        let Value::Map(entries) = &item.value else {
            return;
        };
        for (k, _) in entries {
            let key = k.as_str().unwrap_or_default();
            if !expected.contains(&key) {
                self.warn(
                    WarningCode::UnknownKey,
                    format!("Unknown key '{key}'. The key will be ignored."),
                    ctx,
                );
            }
        }
    }

    /// Reads one YAML document.
    pub(crate) fn read_document(&mut self, doc: &Node, base: &Context) -> Result<(), Fail> {
        match &doc.value {
            Value::Seq(items) => {
                for item in items {
                    if !item.is_null() {
                        self.read_item(item, base)?;
                    }
                }
                Ok(())
            }
            Value::Map(_) => Err(yaml_err("Rules content is not yaml array of objects", base)),
            _ => Err(yaml_err("Rules content is not yaml", base)),
        }
    }

    fn read_item(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        if !matches!(item.value, Value::Map(_)) {
            let ctx = self.ctx_at(base, "rules content item", "", item);
            return Err(yaml_err(
                "Unexpected element type. Each element should be a yaml associative array.",
                &ctx,
            ));
        }
        if item.get("required_engine_version").is_some() {
            self.read_engine_version(item, base)
        } else if let Some(req) = item.get("required_plugin_versions") {
            self.read_plugin_versions(item, req, base)
        } else if item.get("list").is_some() {
            self.read_list(item, base)
        } else if item.get("macro").is_some() {
            self.read_macro(item, base)
        } else if item.get("rule").is_some() {
            self.read_rule(item, base)
        } else {
            let ctx = self.ctx_at(base, "rules content item", "", item);
            self.warn(WarningCode::UnknownItem, "Unknown top level item", &ctx);
            Ok(())
        }
    }

    fn read_engine_version(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        let ctx = self.ctx_at(base, "required_engine_version", "", item);
        let s = self.string(item, "required_engine_version", &ctx)?;
        let version = match s.parse::<u32>() {
            Ok(n) => (0, u64::from(n), 0),
            Err(_) => parse_semver(&s).ok_or_else(|| {
                yaml_err(
                    format!(
                        "Unable to parse engine version '{s}' as a semver string. Expected \"x.y.z\" semver format."
                    ),
                    &ctx,
                )
            })?,
        };
        let (maj, min, pat) = ENGINE_VERSION;
        if version.0 != maj || (version.1, version.2) > (min, pat) {
            return Err(val_err(
                format!(
                    "Rules require engine version {}.{}.{}, but engine version is {maj}.{min}.{pat}",
                    version.0, version.1, version.2
                ),
                &ctx,
            ));
        }
        self.warn_unknown_keys(item, &["required_engine_version"], &ctx);
        Ok(())
    }

    fn read_plugin_versions(
        &mut self,
        item: &Node,
        req: &Node,
        base: &Context,
    ) -> Result<(), Fail> {
        let ctx = self.ctx_at(base, "required_plugin_versions", "", req);
        let Value::Seq(plugins) = &req.value else {
            return Err(yaml_err(
                "Value of required_plugin_versions must be a sequence",
                &ctx,
            ));
        };
        for plugin in plugins {
            let tmp = self.ctx_at(&ctx, "required_plugin_versions entry", "", plugin);
            if !matches!(plugin.value, Value::Map(_)) {
                return Err(yaml_err("Plugin version must be a mapping", &tmp));
            }
            let name = self.string(plugin, "name", &tmp)?;
            let pctx = self.ctx_at(&ctx, "required_plugin_versions entry", &name, plugin);
            let version = self.string(plugin, "version", &pctx)?;
            let mut alternatives = vec![(name, version)];
            if let Some(alts) = plugin.get("alternatives") {
                let Value::Seq(alts) = &alts.value else {
                    return Err(yaml_err(
                        "Value of plugin version alternatives must be a sequence",
                        &pctx,
                    ));
                };
                for alt in alts {
                    let tmp = self.ctx_at(&pctx, "required_plugin_versions alternative", "", alt);
                    if !matches!(alt.value, Value::Map(_)) {
                        return Err(yaml_err(
                            "Plugin version alternative must be a mapping",
                            &tmp,
                        ));
                    }
                    let name = self.string(alt, "name", &tmp)?;
                    let actx =
                        self.ctx_at(&pctx, "required_plugin_versions alternative", &name, alt);
                    let version = self.string(alt, "version", &actx)?;
                    alternatives.push((name, version));
                }
            }
            for (n, v) in &alternatives {
                if parse_semver(v).is_none() {
                    return Err(val_err(
                        format!("Invalid required version '{v}' for plugin '{n}'"),
                        &pctx,
                    ));
                }
            }
            self.col.plugin_requirements.push(PluginRequirement {
                alternatives,
                ctx: pctx,
            });
        }
        let rctx = self.ctx_at(base, "required_plugin_versions", "", item);
        self.warn_unknown_keys(item, &["required_plugin_versions"], &rctx);
        Ok(())
    }

    /// Falco's `override:` decoding: which keys are appended, which replaced.
    fn overrides(
        &self,
        item: &Node,
        appendable: &[&str],
        replaceable: &[&str],
        ctx: &Context,
    ) -> Result<(BTreeSet<String>, BTreeSet<String>), Fail> {
        let mut app = BTreeSet::new();
        let mut rep = BTreeSet::new();
        let Some(ov) = item.get("override") else {
            return Ok((app, rep));
        };
        let octx = self.ctx_at(ctx, "override", "", ov);
        let Value::Map(entries) = &ov.value else {
            return Ok((app, rep));
        };
        for (k, v) in entries {
            let key = k.as_str().unwrap_or_default().to_string();
            let op = v.as_str().unwrap_or_default();
            let kctx = self.ctx_at(&octx, "override", &key, k);
            match op {
                "append" => {
                    if !appendable.contains(&key.as_str()) {
                        return Err(yaml_err(
                            format!("Key '{key}' cannot be appended to, use 'replace' instead"),
                            &kctx,
                        ));
                    }
                    app.insert(key);
                }
                "replace" => {
                    if !replaceable.contains(&key.as_str()) {
                        return Err(yaml_err(format!("Key '{key}' cannot be replaced"), &kctx));
                    }
                    rep.insert(key);
                }
                _ => {
                    let mut msg = format!(
                        "Invalid override operation for key '{key}': '{op}'. Allowed values are: "
                    );
                    if appendable.contains(&key.as_str()) {
                        msg.push_str("append ");
                    }
                    if replaceable.contains(&key.as_str()) {
                        msg.push_str("replace ");
                    }
                    let vctx = self.ctx_at(&octx, "value for", &key, v);
                    return Err(yaml_err(msg, &vctx));
                }
            }
        }
        Ok((app, rep))
    }

    fn read_list(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        let tmp = self.ctx_at(base, "list", "", item);
        let name = self.string(item, "list", &tmp)?;
        let ctx = self.ctx_at(base, "list", &name, item);
        if !crate::condition::is_bare_str(&name) {
            self.warn(
                WarningCode::InvalidListName,
                "List has an invalid name. List names should match a regular expression: [^ \\b\\t\\n\\r(),=\"']+",
                &ctx,
            );
        }
        let items = self.seq(item, "items", &ctx, false)?.unwrap_or_default();
        let append = self.opt_bool(item, "append", &ctx)?.unwrap_or(false);
        if append {
            self.warn(WarningCode::DeprecatedItem, WARNING_APPEND, &ctx);
        }
        let (oa, or) = self.overrides(item, &["items"], &["items"], &ctx)?;
        if append && (!oa.is_empty() || !or.is_empty()) {
            return Err(yaml_err(ERROR_OVERRIDE_APPEND, &ctx));
        }
        let info = ListInfo {
            name,
            items,
            ctx: ctx.clone(),
            index: 0,
            visibility: 0,
        };
        if append || oa.contains("items") {
            self.col.append_list(info)?;
        } else {
            self.col.define_list(info);
        }
        self.warn_unknown_keys(item, &["list", "items", "append", "override"], &ctx);
        Ok(())
    }

    fn read_macro(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        let tmp = self.ctx_at(base, "macro", "", item);
        let name = self.string(item, "macro", &tmp)?;
        let ctx = self.ctx_at(base, "macro", &name, item);
        if !crate::condition::is_identifier(&name) {
            self.warn(
                WarningCode::InvalidMacroName,
                "Macro has an invalid name. Macro names should match a regular expression: ([a-zA-Z]+[a-zA-Z0-9_]*)",
                &ctx,
            );
        }
        let cond = self.string(item, "condition", &ctx)?;
        let cnode = item.get("condition").map(|n| n.pos).unwrap_or_default();
        let cond_ctx = ctx.child("macro condition", "", cnode, self.text);
        let append = self.opt_bool(item, "append", &ctx)?.unwrap_or(false);
        if append {
            self.warn(WarningCode::DeprecatedItem, WARNING_APPEND, &ctx);
        }
        let (oa, or) = self.overrides(item, &["condition"], &["condition"], &ctx)?;
        if append && (!oa.is_empty() || !or.is_empty()) {
            return Err(yaml_err(ERROR_OVERRIDE_APPEND, &ctx));
        }
        let info = MacroInfo {
            name,
            cond,
            cond_pos: cnode,
            cond_ctx,
            ctx: ctx.clone(),
            index: 0,
            visibility: 0,
        };
        if append || oa.contains("condition") {
            self.col.append_macro(info)?;
        } else {
            self.col.define_macro(info);
        }
        self.warn_unknown_keys(item, &["macro", "condition", "append", "override"], &ctx);
        Ok(())
    }

    fn exception_entry(&self, val: &Node, key: &str, ctx: &Context) -> Result<Entry, Fail> {
        let vctx = self.ctx_at(ctx, "value for", key, val);
        let mut out = Entry::default();
        match &val.value {
            Value::Scalar(s) => {
                if s.is_empty() {
                    return Err(yaml_err("Value must be non-empty", &vctx));
                }
                out.item = s.clone();
            }
            Value::Seq(items) => {
                out.is_list = true;
                for v in items {
                    let lctx = self.ctx_at(&vctx, "exception", "", v);
                    if v.is_null() {
                        continue;
                    }
                    out.items.push(self.exception_entry(v, "", &lctx)?);
                }
            }
            _ => {}
        }
        Ok(out)
    }

    fn exceptions(
        &mut self,
        item: &Node,
        parent: &Context,
        append: bool,
    ) -> Result<Vec<ExceptionInfo>, Fail> {
        let mut out: Vec<ExceptionInfo> = Vec::new();
        let Some(exs) = item.get("exceptions") else {
            return Ok(out);
        };
        if exs.is_null() {
            return Ok(out);
        }
        let exes_ctx = self.ctx_at(parent, "exceptions", "", exs);
        let Value::Seq(list) = &exs.value else {
            return Err(yaml_err("Rule exceptions must be a sequence", &exes_ctx));
        };
        for ex in list {
            let tmp = self.ctx_at(&exes_ctx, "exception", "", ex);
            if !matches!(ex.value, Value::Map(_)) {
                return Err(yaml_err("Rule exception must be a mapping", &tmp));
            }
            let name = self.string(ex, "name", &tmp)?;
            let ex_ctx = self.ctx_at(parent, "exception", &name, ex);
            if out.iter().any(|e| e.name == name) {
                self.warn(
                    WarningCode::ExceptionNameNotUnique,
                    format!("Multiple definitions of exception '{name}' in the same rule"),
                    &ex_ctx,
                );
            }
            let fields = match ex.get("fields") {
                Some(f) => self.exception_entry(f, "fields", &ex_ctx)?,
                None if append => Entry::default(),
                None => {
                    return Err(yaml_err("Item has no mapping for key 'fields'", &ex_ctx));
                }
            };
            let comps = match ex.get("comps") {
                Some(c) => self.exception_entry(c, "comps", &ex_ctx)?,
                None => Entry::default(),
            };
            let mut values = Vec::new();
            if let Some(vals) = ex.get("values") {
                let vals_ctx = self.ctx_at(&ex_ctx, "exception values", "", vals);
                let Value::Seq(vs) = &vals.value else {
                    return Err(yaml_err(
                        "Rule exception values must be a sequence",
                        &vals_ctx,
                    ));
                };
                for v in vs {
                    let vctx = self.ctx_at(&vals_ctx, "exception value", "", v);
                    values.push(self.exception_entry(v, "", &vctx)?);
                }
            } else if append {
                self.warn(
                    WarningCode::AppendNoValues,
                    "Overriding/appending exception with no values",
                    &ex_ctx,
                );
            }
            out.push(ExceptionInfo {
                name,
                fields,
                comps,
                values,
                ctx: ex_ctx,
            });
        }
        Ok(out)
    }

    fn priority(&self, item: &Node, ctx: &Context) -> Result<Priority, Fail> {
        let p = self.string(item, "priority", ctx)?;
        Priority::parse(&p).ok_or_else(|| {
            let pctx = item
                .get("priority")
                .map_or_else(|| ctx.clone(), |n| self.ctx_at(ctx, "rule priority", "", n));
            yaml_err("Invalid priority", &pctx)
        })
    }

    fn cond_of(&self, item: &Node, ctx: &Context) -> Result<(String, Pos, Context), Fail> {
        let c = self.string(item, "condition", ctx)?;
        let pos = item.get("condition").map(|n| n.pos).unwrap_or_default();
        Ok((c, pos, ctx.child("rule condition", "", pos, self.text)))
    }

    fn read_rule(&mut self, item: &Node, base: &Context) -> Result<(), Fail> {
        const APPENDABLE: &[&str] = &["condition", "output", "desc", "tags", "exceptions"];
        const REPLACEABLE: &[&str] = &[
            "condition",
            "output",
            "desc",
            "priority",
            "capture",
            "capture_duration",
            "tags",
            "exceptions",
            "enabled",
            "warn_evttypes",
            "skip-if-unknown-filter",
        ];
        let tmp = self.ctx_at(base, "rule", "", item);
        let name = self.string(item, "rule", &tmp)?;
        let ctx = self.ctx_at(base, "rule", &name, item);
        let source = self
            .scalar(item, "source", &ctx, true, true)?
            .unwrap_or_default()
            .to_string();
        let has_append_flag = self.opt_bool(item, "append", &ctx)?.unwrap_or(false);
        if has_append_flag {
            self.warn(WarningCode::DeprecatedItem, WARNING_APPEND, &ctx);
        }
        let (oa, or) = self.overrides(item, APPENDABLE, REPLACEABLE, &ctx)?;
        let has_overrides = !oa.is_empty() || !or.is_empty();
        if has_append_flag && has_overrides {
            return Err(yaml_err(ERROR_OVERRIDE_APPEND, &ctx));
        }
        if has_overrides {
            // Keys present in the item that an override could name: each must be named.
            let mut expected: BTreeSet<&str> = APPENDABLE
                .iter()
                .chain(REPLACEABLE)
                .copied()
                .filter(|k| item.get(k).is_some())
                .collect();
            let mut take = |set: &BTreeSet<String>, kind: &str, key: &str| -> Result<bool, Fail> {
                if !set.contains(key) {
                    return Ok(false);
                }
                if !expected.remove(key) {
                    return Err(yaml_err(
                        format!(
                            "An {kind} override for '{key}' was specified but '{key}' is not defined"
                        ),
                        &ctx,
                    ));
                }
                Ok(true)
            };
            let mut app = RuleUpdate::default();
            let mut rep = RuleUpdate::default();
            let mut app_ex = false;
            let mut rep_ex = false;
            for (set, kind, upd, ex_flag) in [
                (&oa, "append", &mut app, &mut app_ex),
                (&or, "replace", &mut rep, &mut rep_ex),
            ] {
                if set.is_empty() {
                    continue;
                }
                if take(set, kind, "condition")? {
                    upd.cond = Some(self.cond_of(item, &ctx)?);
                }
                *ex_flag = take(set, kind, "exceptions")?;
                if take(set, kind, "output")? {
                    upd.output = Some(self.string(item, "output", &ctx)?);
                }
                if take(set, kind, "desc")? {
                    upd.desc = Some(self.string(item, "desc", &ctx)?);
                }
                if take(set, kind, "tags")? {
                    upd.tags = self.tags(item, &ctx)?;
                }
                if take(set, kind, "priority")? {
                    upd.priority = Some(self.priority(item, &ctx)?);
                }
                if take(set, kind, "capture")? {
                    upd.capture = self.opt_bool(item, "capture", &ctx)?;
                }
                if take(set, kind, "capture_duration")? {
                    upd.capture_duration = self.opt_u64(item, "capture_duration", &ctx)?;
                }
                if take(set, kind, "enabled")? {
                    upd.enabled = self.opt_bool(item, "enabled", &ctx)?;
                }
                if take(set, kind, "warn_evttypes")? {
                    upd.warn_evttypes = self.opt_bool(item, "warn_evttypes", &ctx)?;
                }
                if take(set, kind, "skip-if-unknown-filter")? {
                    upd.skip_if_unknown_filter =
                        self.opt_bool(item, "skip-if-unknown-filter", &ctx)?;
                }
            }
            if app_ex {
                app.exceptions = Some(self.exceptions(item, &ctx, true)?);
            }
            if rep_ex {
                rep.exceptions = Some(self.exceptions(item, &ctx, false)?);
            }
            if !oa.is_empty() {
                self.col.append_rule(&name, &source, app, &ctx)?;
            }
            if !or.is_empty() {
                self.col.replace_rule(&name, &source, rep, &ctx)?;
            }
            if let Some(key) = expected.into_iter().next() {
                let kctx = item
                    .get(key)
                    .map_or_else(|| ctx.clone(), |n| self.ctx_at(&ctx, "override", key, n));
                return Err(yaml_err(
                    format!(
                        "Unexpected key '{key}': no corresponding entry under 'override' is defined."
                    ),
                    &kctx,
                ));
            }
        } else if has_append_flag {
            let mut v = RuleUpdate::default();
            if item.get("condition").is_some() {
                v.cond = Some(self.cond_of(item, &ctx)?);
            }
            if item.get("exceptions").is_some() {
                v.exceptions = Some(self.exceptions(item, &ctx, true)?);
            }
            self.col.append_rule(&name, &source, v, &ctx)?;
        } else if ["condition", "output", "desc", "priority"]
            .iter()
            .all(|k| item.get(k).is_none())
        {
            let enabled = self.string(item, "enabled", &ctx)?;
            let enabled = parse_bool(&enabled).ok_or_else(|| {
                yaml_err(
                    "Can't decode YAML scalar value",
                    &self.value_ctx(item, "enabled", &ctx),
                )
            })?;
            self.warn(WarningCode::DeprecatedItem, WARNING_ENABLED, &ctx);
            self.col.enable_rule(&name, enabled, &ctx)?;
        } else {
            let (cond, cond_pos, cond_ctx) = self.cond_of(item, &ctx)?;
            let output = self.string(item, "output", &ctx)?;
            let opos = item.get("output").map(|n| n.pos).unwrap_or_default();
            let output_ctx = ctx.child("rule output", "", opos, self.text);
            let desc = self.string(item, "desc", &ctx)?;
            let priority = self.priority(item, &ctx)?;
            let source = self
                .scalar(item, "source", &ctx, true, false)?
                .unwrap_or("syscall")
                .to_string();
            let info = RuleInfo {
                name: name.clone(),
                source,
                desc,
                cond,
                cond_pos,
                cond_ctx,
                output: output.trim().to_string(),
                output_ctx,
                priority,
                enabled: self.opt_bool(item, "enabled", &ctx)?.unwrap_or(true),
                capture: self.opt_bool(item, "capture", &ctx)?.unwrap_or(false),
                capture_duration: self.opt_u64(item, "capture_duration", &ctx)?.unwrap_or(0),
                warn_evttypes: self.opt_bool(item, "warn_evttypes", &ctx)?.unwrap_or(true),
                skip_if_unknown_filter: self
                    .opt_bool(item, "skip-if-unknown-filter", &ctx)?
                    .unwrap_or(false),
                tags: self.tags(item, &ctx)?.unwrap_or_default(),
                exceptions: self.exceptions(item, &ctx, false)?,
                ctx: ctx.clone(),
                unknown_source: false,
                index: 0,
                visibility: 0,
            };
            self.col.define_rule(info, self.res)?;
        }
        self.warn_unknown_keys(
            item,
            &[
                "rule",
                "condition",
                "output",
                "desc",
                "priority",
                "source",
                "enabled",
                "capture",
                "capture_duration",
                "warn_evttypes",
                "skip-if-unknown-filter",
                "tags",
                "exceptions",
                "override",
                "append",
            ],
            &ctx,
        );
        Ok(())
    }
}
