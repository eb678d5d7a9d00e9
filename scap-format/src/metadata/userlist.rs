//! User list block (`UL` version 1, `UL_V2`): the machine's users and groups.
//!
//! Each entry: (V2 only: `u32 len`, the entry's size including itself) `u8 type`, then for a
//! user (type 0) `u32 uid; u32 gid; str name; str homedir; str shell`, and for a group (any
//! other type; writers use 1) `u32 gid; str name`. Strings are a `u16` length and bytes, below
//! 256 bytes each (libscap rejects longer ones). In V2 an entry longer than its fields is
//! skipped to its length, a length of 0 means "just the fields", a shorter nonzero one is an
//! error. Parsing stops when fewer than 4 bytes of the body are left (padding).

use super::{Ctx, Cursor, MAX_CREDENTIALS_STR_LEN, MetaError, put_string16, string16_len};

/// Longest name, home directory or shell libscap reads.
const MAX_STR: usize = MAX_CREDENTIALS_STR_LEN - 1;

const TYPE_USER: u8 = 0;
const TYPE_GROUP: u8 = 1;

/// A user.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct UserEntry {
    /// User id.
    pub uid: u32,
    /// Primary group id.
    pub gid: u32,
    /// User name.
    pub name: Vec<u8>,
    /// Home directory.
    pub homedir: Vec<u8>,
    /// Login shell.
    pub shell: Vec<u8>,
}

/// A group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct GroupEntry {
    /// Group id.
    pub gid: u32,
    /// Group name.
    pub name: Vec<u8>,
}

/// The users and groups of one or more user list blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct UserList {
    /// Users, in block order.
    pub users: Vec<UserEntry>,
    /// Groups, in block order.
    pub groups: Vec<GroupEntry>,
}

impl UserList {
    /// Appends the users and groups of another list.
    pub fn extend(&mut self, other: UserList) {
        self.users.extend(other.users);
        self.groups.extend(other.groups);
    }

    /// Whether the list has no user and no group.
    pub fn is_empty(&self) -> bool {
        self.users.is_empty() && self.groups.is_empty()
    }
}

/// Parses a user list block body of the given version (1 or 2).
pub fn parse(version: u8, body: &[u8]) -> Result<UserList, MetaError> {
    if !(1..=2).contains(&version) {
        return Err(MetaError::UnsupportedVersion {
            list: "user list",
            version,
        });
    }
    let mut c = Cursor::new(body);
    let mut out = UserList::default();
    let mut index = 0;
    while c.remaining_in_block() >= 4 {
        parse_entry(version, &mut c, &Ctx::entry("user list", index), &mut out)?;
        index += 1;
    }
    Ok(out)
}

fn parse_entry(
    version: u8,
    c: &mut Cursor<'_>,
    ctx: &Ctx<'_>,
    out: &mut UserList,
) -> Result<(), MetaError> {
    let mut ctx = *ctx;
    let start = c.pos();
    if version >= 2 {
        let len = c.u32(&ctx, "entry length")?;
        if len != 0 {
            c.enter_entry(&ctx, start, len as usize)?;
        }
    }
    let ty = c.u8(&ctx, "type")?;
    if ty == TYPE_USER {
        let uid = c.u32(&ctx, "uid")?;
        ctx.key = Some(("uid", i64::from(uid)));
        let gid = c.u32(&ctx, "gid")?;
        let name = c.string16(MAX_STR, &ctx, "name")?;
        let homedir = c.string16(MAX_STR, &ctx, "homedir")?;
        let shell = c.string16(MAX_STR, &ctx, "shell")?;
        out.users.push(UserEntry {
            uid,
            gid,
            name,
            homedir,
            shell,
        });
    } else {
        let gid = c.u32(&ctx, "gid")?;
        ctx.key = Some(("gid", i64::from(gid)));
        let name = c.string16(MAX_STR, &ctx, "name")?;
        out.groups.push(GroupEntry { gid, name });
    }
    c.leave_entry();
    Ok(())
}

/// Appends a UL_V2 body: every user, then every group (no padding: the block writer adds it).
/// Strings are cut to 255 bytes (libscap's limit).
pub fn write_body(list: &UserList, out: &mut Vec<u8>) {
    for u in &list.users {
        let len = 4
            + 1
            + 4
            + 4
            + string16_len(&u.name, MAX_STR)
            + string16_len(&u.homedir, MAX_STR)
            + string16_len(&u.shell, MAX_STR);
        out.extend_from_slice(&(len as u32).to_le_bytes());
        out.push(TYPE_USER);
        out.extend_from_slice(&u.uid.to_le_bytes());
        out.extend_from_slice(&u.gid.to_le_bytes());
        put_string16(out, &u.name, MAX_STR);
        put_string16(out, &u.homedir, MAX_STR);
        put_string16(out, &u.shell, MAX_STR);
    }
    for g in &list.groups {
        let len = 4 + 1 + 4 + string16_len(&g.name, MAX_STR);
        out.extend_from_slice(&(len as u32).to_le_bytes());
        out.push(TYPE_GROUP);
        out.extend_from_slice(&g.gid.to_le_bytes());
        put_string16(out, &g.name, MAX_STR);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> UserList {
        UserList {
            users: vec![
                UserEntry {
                    uid: 0,
                    gid: 0,
                    name: b"root".to_vec(),
                    homedir: b"/root".to_vec(),
                    shell: b"/bin/bash".to_vec(),
                },
                UserEntry {
                    uid: 65534,
                    gid: 65534,
                    name: b"nobody".to_vec(),
                    homedir: b"/nonexistent".to_vec(),
                    shell: b"/usr/sbin/nologin".to_vec(),
                },
            ],
            groups: vec![
                GroupEntry {
                    gid: 0,
                    name: b"root".to_vec(),
                },
                GroupEntry {
                    gid: 27,
                    name: b"sudo".to_vec(),
                },
            ],
        }
    }

    /// The V1 form of a list (no lengths), with the given group type byte.
    fn to_v1(l: &UserList, group_type: u8) -> Vec<u8> {
        let mut v2 = Vec::new();
        write_body(l, &mut v2);
        let mut out = Vec::new();
        let mut c = 0;
        while c < v2.len() {
            let len = u32::from_le_bytes(v2[c..c + 4].try_into().expect("4")) as usize;
            let mut e = v2[c + 4..c + len].to_vec();
            if e[0] != TYPE_USER {
                e[0] = group_type;
            }
            out.extend_from_slice(&e);
            c += len;
        }
        out
    }

    #[test]
    fn round_trip_v2() {
        let l = sample();
        let mut body = Vec::new();
        write_body(&l, &mut body);
        assert_eq!(parse(2, &body).expect("parse"), l);
        body.extend_from_slice(&[0; 2]);
        assert_eq!(parse(2, &body).expect("padded"), l);
        assert_eq!(parse(2, &[]).expect("empty"), UserList::default());
    }

    #[test]
    fn v1_parses_any_nonzero_type_as_group() {
        let l = sample();
        assert_eq!(parse(1, &to_v1(&l, 1)).expect("v1"), l);
        assert_eq!(parse(1, &to_v1(&l, 7)).expect("v1 type 7"), l);
    }

    #[test]
    fn v2_length_tolerance() {
        let l = UserList {
            users: vec![sample().users[0].clone()],
            groups: vec![],
        };
        let mut body = Vec::new();
        write_body(&l, &mut body);
        let len = body.len();
        let mut longer = body.clone();
        longer[..4].copy_from_slice(&((len + 6) as u32).to_le_bytes());
        longer.extend_from_slice(&[1, 2, 3, 4, 5, 6]);
        assert_eq!(parse(2, &longer).expect("longer"), l);
        let mut zero = body.clone();
        zero[..4].copy_from_slice(&0u32.to_le_bytes());
        assert_eq!(parse(2, &zero).expect("zero"), l);
        let mut short = body.clone();
        short[..4].copy_from_slice(&((len - 1) as u32).to_le_bytes());
        let e = parse(2, &short).expect_err("short");
        assert!(
            e.to_string()
                .starts_with("user list entry 0 (uid 0): field shell"),
            "{e}"
        );
    }

    #[test]
    fn long_strings() {
        let l = UserList {
            users: vec![UserEntry {
                homedir: vec![b'h'; 600],
                ..Default::default()
            }],
            groups: vec![],
        };
        let mut body = Vec::new();
        write_body(&l, &mut body);
        assert_eq!(parse(2, &body).expect("cut").users[0].homedir.len(), 255);
        let mut b = vec![1u8];
        b.extend_from_slice(&5u32.to_le_bytes());
        b.extend_from_slice(&256u16.to_le_bytes());
        b.extend_from_slice(&[b'g'; 256]);
        assert!(matches!(
            parse(1, &b),
            Err(MetaError::StringTooLong {
                len: 256,
                max: 255,
                ..
            })
        ));
    }

    #[test]
    fn truncated_bodies_fail_without_panic() {
        let one_user = UserList {
            users: vec![sample().users[1].clone()],
            groups: vec![],
        };
        let one_group = UserList {
            users: vec![],
            groups: vec![sample().groups[1].clone()],
        };
        for l in [one_user, one_group] {
            for v in 1..=2u8 {
                let body = if v == 2 {
                    let mut b = Vec::new();
                    write_body(&l, &mut b);
                    b
                } else {
                    to_v1(&l, 1)
                };
                for n in 0..body.len() {
                    let r = parse(v, &body[..n]);
                    if n < 4 {
                        assert_eq!(r, Ok(UserList::default()));
                    } else {
                        assert!(r.is_err(), "v{v} len {n}: {r:?}");
                    }
                }
            }
        }
        assert!(matches!(
            parse(3, &[]),
            Err(MetaError::UnsupportedVersion { .. })
        ));
    }

    fn s() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(any::<u8>(), 0..40)
    }

    prop_compose! {
        fn arb_list()(
            users in proptest::collection::vec((any::<(u32, u32)>(), s(), s(), s()), 0..4),
            groups in proptest::collection::vec((any::<u32>(), s()), 0..4),
        ) -> UserList {
            UserList {
                users: users.into_iter().map(|((uid, gid), name, homedir, shell)| {
                    UserEntry { uid, gid, name, homedir, shell }
                }).collect(),
                groups: groups.into_iter().map(|(gid, name)| GroupEntry { gid, name }).collect(),
            }
        }
    }

    proptest! {
        #[test]
        fn prop_round_trip(l in arb_list()) {
            let mut body = Vec::new();
            write_body(&l, &mut body);
            prop_assert_eq!(parse(2, &body).expect("parse"), l.clone());
            prop_assert_eq!(parse(1, &to_v1(&l, 1)).expect("v1"), l);
        }

        #[test]
        fn prop_no_panic(v in 0u8..=3, body in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = parse(v, &body);
        }
    }
}
