//! The live preview's rebuild after an edit, derived from what each generator declares it
//! reads ([`Generator::reads`]): a generator reading none of the parts the edit changed keeps
//! its files from the last build; one that does runs again, in part when only story texts
//! changed and it can tell which of its files show them ([`Generator::regenerate_texts`]), else
//! whole. The sitemap, made from every page, follows any generator that ran whole.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::{BuildContext, Generator, OutputFile, OutputTree, Remade, StaticFiles, generators};
use crate::diagnostic::Diagnostics;
use crate::model::Site;
use crate::model::changes::{Changes, Inputs};
use crate::render::Renderer;

/// What a generator made again.
enum Redone {
    Part(Remade),
    Whole(Vec<OutputFile>),
}

/// `last`, the tree of the previous build, with the files of the generators reading what
/// `changes` names made again from `site`; how many files were made, and by which generators.
pub(crate) fn regenerate(
    site: &Site,
    renderer: &Renderer,
    stores: super::Stores<'_>,
    theme_static: &BTreeMap<String, Arc<[u8]>>,
    last: &OutputTree,
    changes: &Changes,
) -> Result<(OutputTree, usize, Vec<&'static str>), Diagnostics> {
    let mut tree = last.clone();
    if changes.inputs.is_empty() {
        return Ok((tree, 0, Vec::new()));
    }
    let static_files = StaticFiles::new(site, theme_static);
    let context = BuildContext::new(site, renderer, stores, &static_files);
    let results: Vec<(&'static str, Result<Redone, Diagnostics>)> = generators(&static_files)
        .par_iter()
        .filter(|g| g.reads().meets(changes.inputs))
        .map(|g| (g.name(), redo(*g, &context, changes)))
        .collect();
    let mut problems = Diagnostics::default();
    let mut made = 0;
    let mut whole = false;
    let mut remade = Vec::new();
    for (name, result) in results {
        match result {
            Ok(Redone::Part(Remade { files, folders })) => {
                if files.is_empty() && folders.is_empty() {
                    continue;
                }
                remade.push(name);
                made += files
                    .iter()
                    .filter(|f| last.stored(&f.path) != Some(&f.bytes))
                    .count();
                tree.remove_made_by(name, Some(&folders));
                for file in files {
                    tree.replace(file.made_by(name));
                }
            }
            Ok(Redone::Whole(files)) => {
                remade.push(name);
                tree.remove_made_by(name, None);
                made += files.len();
                whole = true;
                for file in files {
                    tree.insert(file.made_by(name), &mut problems);
                }
            }
            Err(more) => problems.extend(more),
        }
    }
    if whole {
        tree.add_sitemap(site, &mut problems);
        tree.check_file_folder_clashes(&mut problems);
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok((tree, made, remade))
    }
}

fn redo(
    generator: &dyn Generator,
    context: &BuildContext<'_>,
    changes: &Changes,
) -> Result<Redone, Diagnostics> {
    let part = (changes.inputs == Inputs::STORY_TEXT)
        .then(|| generator.regenerate_texts(context, &changes.texts))
        .flatten();
    match part {
        Some(remade) => remade.map(Redone::Part),
        None => generator.generate(context).map(Redone::Whole),
    }
}
