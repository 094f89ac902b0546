//! Writing files safely: a temporary file in the same folder, renamed over the
//! target only once it is complete.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, ErrorKind, Message, Result};

/// A file being written atomically: the content goes to a temporary file in the
/// target's folder; [`commit`](AtomicFile::commit) renames it over the target. If
/// the content is never committed (an error, a panic, the process killed), the
/// target keeps its old content and the temporary file is removed (or, after a
/// kill, left as a hidden `.glossator-*` file beside it).
///
/// # Example
///
/// ```
/// use std::io::Write;
/// use glossator::batch::AtomicFile;
/// # let dir = tempfile::tempdir()?;
/// let path = dir.path().join("article.txt");
/// std::fs::write(&path, "old")?;
///
/// let mut file = AtomicFile::new(&path)?.backup(".orig");
/// file.write_all(b"new")?;
/// assert_eq!(std::fs::read_to_string(&path)?, "old"); // not yet
/// file.commit()?;
/// assert_eq!(std::fs::read_to_string(&path)?, "new");
/// assert_eq!(std::fs::read_to_string(dir.path().join("article.txt.orig"))?, "old");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct AtomicFile {
    temp: io::BufWriter<NamedTempFile>,
    target: PathBuf,
    backup: Option<String>,
}

/// An error of kind [`ErrorKind::Io`] for a failure to write `name` (a path, or
/// a stand-in such as `<stdout>`), with a localizable reason.
///
/// ```
/// let e = glossator::batch::write_error("<stdout>", std::io::ErrorKind::PermissionDenied.into());
/// assert_eq!(e.to_string(), "cannot write <stdout>: permission denied");
/// ```
pub fn write_error(name: impl std::fmt::Display, err: io::Error) -> Error {
    let reason = match err.kind() {
        io::ErrorKind::NotFound => Message::new("io-not-found"),
        io::ErrorKind::PermissionDenied => Message::new("io-permission-denied"),
        io::ErrorKind::IsADirectory => Message::new("io-is-a-directory"),
        _ => Message::new("io-other").arg("reason", &err),
    };
    Error::new(
        ErrorKind::Io,
        Message::new("error-write")
            .arg("path", name)
            .arg_message("reason", reason),
    )
    .with_source(err)
}

impl AtomicFile {
    /// Starts writing `target`: creates the temporary file beside it. The target's
    /// folder must exist. A target that is a symbolic link is resolved, so the file
    /// it points to is replaced and the link kept.
    ///
    /// # Errors
    ///
    /// The target is a folder, or its folder is missing or not writable.
    pub fn new(target: impl AsRef<Path>) -> Result<AtomicFile> {
        let mut target = target.as_ref().to_path_buf();
        // Replace what a symbolic link points to, not the link itself.
        if std::fs::symlink_metadata(&target).is_ok_and(|m| m.file_type().is_symlink()) {
            if let Ok(real) = std::fs::canonicalize(&target) {
                target = real;
            }
        }
        if target.is_dir() {
            return Err(write_error(
                target.display(),
                io::Error::from(io::ErrorKind::IsADirectory),
            ));
        }
        let temp = temp_beside(&target).map_err(|e| write_error(target.display(), e))?;
        Ok(AtomicFile {
            temp: io::BufWriter::new(temp),
            target,
            backup: None,
        })
    }

    /// On commit, keeps the target's old content as `target` + `suffix` (replacing
    /// an older backup). A target that did not exist gets no backup.
    pub fn backup(mut self, suffix: &str) -> AtomicFile {
        self.backup = Some(suffix.to_string());
        self
    }

    /// The file that will be replaced.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes the content to disk, writes the backup if asked, and renames the
    /// temporary file over the target. The target keeps its permissions.
    ///
    /// # Errors
    ///
    /// Any failure leaves the target as it was.
    pub fn commit(self) -> Result<()> {
        let target = self.target;
        let temp = self
            .temp
            .into_inner()
            .map_err(|e| write_error(target.display(), e.into_error()))?;
        temp.as_file()
            .sync_all()
            .map_err(|e| write_error(target.display(), e))?;
        if let Ok(meta) = std::fs::metadata(&target) {
            std::fs::set_permissions(temp.path(), meta.permissions())
                .map_err(|e| write_error(target.display(), e))?;
            if let Some(suffix) = &self.backup {
                let mut backup = target.clone().into_os_string();
                backup.push(suffix);
                copy_atomic(&target, Path::new(&backup))?;
            }
        }
        temp.persist(&target)
            .map_err(|e| write_error(target.display(), e.error))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.temp.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.flush()
    }
}

fn temp_beside(target: &Path) -> io::Result<NamedTempFile> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".glossator-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // As for any new file: the process umask narrows this.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// Copies `from` to `to` through a temporary file, so `to` is never half-written.
fn copy_atomic(from: &Path, to: &Path) -> Result<()> {
    let mut source = File::open(from).map_err(|e| Error::io(from, e))?;
    let mut temp = temp_beside(to).map_err(|e| write_error(to.display(), e))?;
    io::copy(&mut source, temp.as_file_mut()).map_err(|e| write_error(to.display(), e))?;
    if let Ok(meta) = source.metadata() {
        std::fs::set_permissions(temp.path(), meta.permissions())
            .map_err(|e| write_error(to.display(), e))?;
    }
    temp.as_file()
        .sync_all()
        .map_err(|e| write_error(to.display(), e))?;
    temp.persist(to)
        .map_err(|e| write_error(to.display(), e.error))?;
    Ok(())
}

/// Writes `contents` to `path` atomically (see [`AtomicFile`]).
///
/// # Errors
///
/// As [`AtomicFile::new`] and [`AtomicFile::commit`].
///
/// ```
/// # let dir = tempfile::tempdir()?;
/// let path = dir.path().join("out.txt");
/// glossator::batch::write_atomic(&path, b"hello")?;
/// assert_eq!(std::fs::read(&path)?, b"hello");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_atomic(path: impl AsRef<Path>, contents: &[u8]) -> Result<()> {
    let mut file = AtomicFile::new(path.as_ref())?;
    file.write_all(contents)
        .map_err(|e| write_error(path.as_ref().display(), e))?;
    file.commit()
}
