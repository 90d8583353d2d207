compile_error!("excluded from the workspace");
