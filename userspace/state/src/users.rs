//! User and group names from the capture's user list (host users only).

use std::collections::HashMap;

use scap_format::metadata::UserList;

/// Host users and groups by id.
#[derive(Debug, Default)]
pub struct Users {
    users: HashMap<u32, User>,
    groups: HashMap<u32, Vec<u8>>,
}

/// One user.
#[derive(Debug, Clone)]
pub struct User {
    /// Login name.
    pub name: Vec<u8>,
    /// Home directory.
    pub homedir: Vec<u8>,
    /// Login shell.
    pub shell: Vec<u8>,
}

impl Users {
    /// Tables built from a capture's user list; a later duplicate id replaces an earlier one.
    pub fn from_list(list: &UserList) -> Self {
        let users = list
            .users
            .iter()
            .map(|u| {
                (
                    u.uid,
                    User {
                        name: u.name.clone(),
                        homedir: u.homedir.clone(),
                        shell: u.shell.clone(),
                    },
                )
            })
            .collect();
        let groups = list
            .groups
            .iter()
            .map(|g| (g.gid, g.name.clone()))
            .collect();
        Users { users, groups }
    }

    /// Adds or replaces a user (`useradded` events).
    pub fn add_user(&mut self, uid: u32, user: User) {
        self.users.insert(uid, user);
    }

    /// Removes a user (`userdeleted`).
    pub fn remove_user(&mut self, uid: u32) {
        self.users.remove(&uid);
    }

    /// Adds or replaces a group (`groupadded`).
    pub fn add_group(&mut self, gid: u32, name: &[u8]) {
        self.groups.insert(gid, name.to_vec());
    }

    /// Removes a group (`groupdeleted`).
    pub fn remove_group(&mut self, gid: u32) {
        self.groups.remove(&gid);
    }

    /// The user `uid`.
    pub fn user(&self, uid: u32) -> Option<&User> {
        self.users.get(&uid)
    }

    /// The name of group `gid`.
    pub fn group(&self, gid: u32) -> Option<&[u8]> {
        self.groups.get(&gid).map(Vec::as_slice)
    }
}
