// The default theme is embedded in the binary; rebuild when any of its files change or appear.
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
