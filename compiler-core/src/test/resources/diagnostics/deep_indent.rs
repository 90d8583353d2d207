fn main() {
    if true {
        if true {
            if true {
                if true {
                    if true {
                        if true {
                            let q: bool = 12;
                        }
                    }
                }
            }
        }
    }
}
